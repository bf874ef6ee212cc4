package fr.mutualis.e2e.portal;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Writes the accessibility audit of the run to {@code target/accessibilite/audit.json} when the test run ends, whichever
 * browser tests ran: what the pages violate is there to read even when the run stops at the first failing page.
 * Registered in {@code META-INF/services}.
 */
public final class AccessibilityReportSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!AccessibilityAudit.RESULTS.isEmpty()) {
            AuditReport.ofThisRun().write(AuditReport.OF_THIS_RUN);
        }
    }
}
