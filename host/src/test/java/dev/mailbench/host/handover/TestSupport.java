package dev.mailbench.host.handover;

import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.host.handover.cli.HandoverEnvironment;
import java.util.List;

/** Test fixtures reachable from the sub-packages' tests. */
public final class TestSupport {
    private TestSupport() {
    }

    public static HandoverEnvironment environment(List<HandoverContributor> contributors) {
        return new StoreTestEnvironment(contributors);
    }
}
