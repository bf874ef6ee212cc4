package fr.mutualis.portal.barometer;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as inline SVG by the page, and the same figures as the table under it: each bar is a
 * share of the peers, with the collectivité's own answer said in words (a mark before the label, a column of the
 * table), never by colour alone. Lengths are percentages of the chart's width, so the chart follows the screen's
 * width while its text keeps its size.
 *
 * @param id          unique on the page: the prefix of the SVG's title and description ids
 * @param title       the chart's title and the table's caption
 * @param description the chart's text alternative
 * @param subject     the header of the first column (« Axe », « Profil »…)
 * @param mineHeader  the header of the column of the collectivité's own answer
 * @param mineLegend  what the mark before a label means
 */
record BarChart(String id, String title, String description, String subject, String mineHeader, String mineLegend,
                List<Bar> bars) {

    /** The share of the width the longest bar may take: the rest is for its figure. */
    static final double TRACK = 80;
    /** Height of a row: a line of text for the label, then the bar. */
    static final int ROW = 48;
    static final int LABEL_BASELINE = 17;
    static final int BAR_TOP = 24;
    static final int BAR_HEIGHT = 16;
    /** What the SVG draws before a label the collectivité's answer concerns; a screen reader reads the table. */
    static final String MARK = "◆ ";

    BarChart {
        bars = List.copyOf(bars);
    }

    public int height() {
        return bars.size() * ROW;
    }

    /**
     * One row: {@code count} peers of {@code peers}, and the collectivité's own answer.
     *
     * @param mine       whether the collectivité's answer is this one (engaged in the axis, has the profile…)
     * @param mineAnswer that answer in words, for the table
     */
    record Bar(int index, String label, long count, long peers, boolean mine, String mineAnswer) {

        public double share() {
            return peers == 0 ? 0 : (double) count / peers;
        }

        /** « 45 % »: the figure by the bar and in the table. */
        public String percent() {
            return Math.round(share() * 100) + " %";
        }

        /** « 5 sur 11 ». */
        public String countText() {
            return count + " sur " + peers;
        }

        /** The bar's length, e.g. {@code 36.4%}: its share of the track. */
        public String width() {
            return percentage(share() * TRACK);
        }

        /** Where the figure starts: just after the bar. */
        public String figureX() {
            return percentage(share() * TRACK + 1.5);
        }

        public String trackWidth() {
            return percentage(TRACK);
        }

        /** The label as the chart draws it: marked when it is the collectivité's answer. */
        public String drawnLabel() {
            return mine ? MARK + label : label;
        }

        public int labelY() {
            return index * ROW + LABEL_BASELINE;
        }

        public int barY() {
            return index * ROW + BAR_TOP;
        }

        public int figureY() {
            return barY() + BAR_HEIGHT - 3;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }

        private static String percentage(double value) {
            return String.format(Locale.ROOT, "%.1f%%", value);
        }
    }
}
