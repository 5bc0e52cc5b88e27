package dev.mailbench.testlab;

/** The parts of the lab a test can declare it needs ({@link RequiresTestLab#value()}). */
public enum LabService {
    /** Dovecot IMAP: implicit TLS and STARTTLS ports. */
    IMAP,
    /** Dovecot POP3: implicit TLS and STARTTLS ports. */
    POP3,
    /** Postfix submission: implicit TLS (465 role), STARTTLS (587 role), MX role (25 role). */
    SMTP,
    /** NSD, authoritative for the test zones, UDP and TCP. */
    DNS,
    /** Drop, blackhole and untrusted-certificate endpoints (the refused port needs nothing). */
    FAILURE_ENDPOINTS,
    /** The lossy, slow UDP proxy in front of NSD (testlab/bin/lossy_dns_proxy.py); TCP relayed. */
    LOSSY_DNS,
    /** Client set-up mistakes: a TLS-only port (reached in plain text) and a submission port that requires AUTH. */
    CLIENT_FAULT_ENDPOINTS,
    /** The XServer API simulator (HTTPS and its admin port). Checked only when a test names it. */
    XSERVER_API;

    /** What a test without a list needs: every service except those checked only when named. */
    public static java.util.EnumSet<LabService> byDefault() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(XSERVER_API));
    }
}
