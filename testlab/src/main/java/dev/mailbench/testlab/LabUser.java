package dev.mailbench.testlab;

import java.util.Objects;

/**
 * A lab mailbox (Dovecot passwd-file user). The user name is always the whole address,
 * as on Xserver; {@link #localPart()} is the "user name without the domain" mistake.
 *
 * @param address    the full address, also the login name
 * @param password   test-only password from {@code testlab/lab.env}
 * @param quotaBytes Dovecot storage quota in bytes, 0 = unlimited
 */
public record LabUser(String address, String password, long quotaBytes) {

    public LabUser {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(password, "password");
        if (address.indexOf('@') < 1) {
            throw new IllegalArgumentException("lab user must be a full address: " + address);
        }
    }

    /** The part before {@code @}: logging in with only this fails (the common mistake). */
    public String localPart() {
        return address.substring(0, address.indexOf('@'));
    }

    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return "LabUser[" + address + "]"; // never print the password
    }
}
