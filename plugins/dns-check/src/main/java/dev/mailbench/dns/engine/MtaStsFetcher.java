package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.net.InetAddress;
import java.util.List;

/** Fetches {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} from the addresses DNS gave for the host. */
@FunctionalInterface
public interface MtaStsFetcher {
    /**
     * @param host      {@code mta-sts.<domain>}: the name the certificate must carry
     * @param addresses its A/AAAA addresses, as the check's DNS answered them
     */
    Result fetch(String host, List<InetAddress> addresses);

    enum Outcome {
        /** A 200 answer over a verified connection: {@link Result#body()} holds the policy. */
        FETCHED,
        /** A definite failure: certificate, HTTP status, content type, connection refused. */
        FAILED,
        /** No answer in time: nothing is known about the policy. */
        UNCHECKED,
        /** Not asked (a check of zone files alone). */
        NOT_FETCHED
    }

    /** @param detail what happened, fit to show (empty for FETCHED) */
    record Result(Outcome outcome, String body, LocalizedText detail) {
        static Result failed(String ja, String en) {
            return new Result(Outcome.FAILED, "", LocalizedText.of(ja, en));
        }
    }

    /** Fetches nothing: the offline check of zone files. */
    MtaStsFetcher NONE = (host, addresses) -> new Result(Outcome.NOT_FETCHED, "", LocalizedText.of(
            host + ": オフラインの確認のため取得していません", host + ": not fetched (offline check)"));
}
