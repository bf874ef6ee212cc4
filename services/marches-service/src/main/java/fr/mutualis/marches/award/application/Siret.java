package fr.mutualis.marches.award.application;

/** The INSEE's SIRET check: 14 digits whose Luhn sum is a multiple of 10 (of 5 for La Poste's establishments). */
final class Siret {

    private static final String LA_POSTE = "356000000";

    private Siret() {
    }

    static boolean isValid(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE) && !siret.equals("35600000000048")) {
            return siret.chars().map(digit -> digit - '0').sum() % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
