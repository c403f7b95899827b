package nl.onderstroom.findings.ui;

import nl.onderstroom.findings.ActionStatus;
import nl.onderstroom.findings.SuggestionKind;

/** Translation keys of the feature's enums, written out so that every key is a literal the key test can find. */
final class Labels {

    private Labels() {
    }

    static String kind(SuggestionKind kind) {
        return switch (kind) {
            case STOP -> "findings.kind.stop";
            case ISLAND -> "findings.kind.island";
            case ONE_SIDED -> "findings.kind.oneSided";
            case MISSING_TIE -> "findings.kind.missingTie";
            case BROKER -> "findings.kind.broker";
            case CROSS_CLUSTER -> "findings.kind.crossCluster";
            case THEME -> "findings.kind.theme";
            case IDENTITY_GAP -> "findings.kind.identityGap";
            case WAVE_IMPROVED -> "findings.kind.waveImproved";
            case WAVE_WORSENED -> "findings.kind.waveWorsened";
        };
    }

    static String status(ActionStatus status) {
        return switch (status) {
            case OPEN -> "findings.status.open";
            case UNDER_WAY -> "findings.status.underWay";
            case DONE -> "findings.status.done";
        };
    }
}
