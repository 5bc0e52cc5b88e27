package dev.mailbench.setup.engine;

import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.Mailbox;

/** One mailbox on one device, with the settings its client needs. */
public record DeviceSetup(Device device, Mailbox mailbox, ClientSettings settings) {
}
