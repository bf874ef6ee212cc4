package fr.mutualis.prefecture.transmission.domain;

/** Where a transmission stands at the préfecture. */
public enum TransmissionStatus {
    /** Received, not yet examined. */
    EN_ATTENTE,
    /** Acknowledged: the accusé de réception is delivered. */
    ACQUITTEE,
    /** Refused: not acknowledged, for the reason given. */
    REFUSEE,
    /** Acknowledged, and the préfecture asks for additional pieces. */
    PIECES_DEMANDEES,
    /** Cancelled by its sender after acknowledgement. */
    ANNULEE
}
