package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The zone the lab's simulator writes through into the lab NSD ({@code LAB_XSERVER_SYNC_ZONES}, testlab/README.md). */
final class WriteThroughZone {
    static final String DOMAIN = "panel-sync.test";

    private WriteThroughZone() {
    }

    /** Fails with the way out when the running lab predates write-through (a test must not pass on memory only). */
    static void require(Sim sim) {
        assertThat(sim.lab.get("LAB_XSERVER_WRITE_THROUGH")).as("lab.env LAB_XSERVER_WRITE_THROUGH").isEqualTo("yes");
        assertThat(List.of(sim.lab.get("LAB_XSERVER_SYNC_ZONES").split("\\s+"))).contains(DOMAIN);
        assertThat(sim.lab.xserverAdmin("GET", "/state", null))
                .as("the running simulator writes %s through; run testlab/start.sh again when it does not", DOMAIN)
                .contains("\"" + DOMAIN + "\"");
    }
}
