package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/** The stub resolver's duties (issue 16 §1), each against a server scripted to need it. */
class StubResolverTest {
    private static final Name NAME = SpfEvaluator.name("a.test");

    private static Answer ask(Duration deadline, InetSocketAddress... servers) {
        var settings = new ResolverSettings(List.of(servers), false, deadline, 8);
        try (LiveDnsSource live = new LiveDnsSource(settings)) {
            return live.lookup(NAME, Type.A);
        }
    }

    @Test
    void aLostQuestionIsSentAgainUntilItIsAnswered() throws Exception {
        try (var server = new ScriptedUdpServer((q, copy) -> copy < 3 ? null : ScriptedUdpServer.answer(q))) {
            Answer a = ask(Duration.ofSeconds(3), server.address());
            assertThat(a.state()).isEqualTo(LookupState.ANSWERED);
            assertThat(server.received()).hasSize(3);
            // every copy is the same question with the same ID: an answer to any of them counts
            assertThat(server.received()).extracting(m -> m.getHeader().getID()).containsOnly(server.received().get(0).getHeader().getID());
        }
    }

    @Test
    void atLeastThreeTriesFitEvenAShortDeadline() throws Exception {
        try (var silent = new ScriptedUdpServer((q, copy) -> null)) {
            Answer a = ask(Duration.ofMillis(200), silent.address());
            assertThat(a.state()).isEqualTo(LookupState.TIMEOUT);
            assertThat(silent.received().size()).isGreaterThanOrEqualTo(3);
            assertThat(a.tried().en()).contains(LiveDnsSource.hostPort(silent.address()), "tries, no answer");
            assertThat(a.tried().ja()).contains("応答なし");
        }
    }

    @Test
    void queriesCarryEdnsWithA1232ByteBuffer() throws Exception {
        try (var server = new ScriptedUdpServer((q, copy) -> ScriptedUdpServer.answer(q))) {
            assertThat(ask(Duration.ofSeconds(2), server.address()).answered()).isTrue();
            OPTRecord opt = server.received().get(0).getOPT();
            assertThat(opt).isNotNull();
            assertThat(opt.getPayloadSize()).isEqualTo(StubResolver.EDNS_BUFFER);
        }
    }

    @Test
    void aServerThatRejectsEdnsIsAskedWithoutIt() throws Exception {
        try (var old = new ScriptedUdpServer((q, copy) -> q.getOPT() != null ? ScriptedUdpServer.reply(q, Rcode.FORMERR)
                : ScriptedUdpServer.answer(q))) {
            assertThat(ask(Duration.ofSeconds(2), old.address()).answered()).isTrue();
            assertThat(old.received()).hasSize(2);
            assertThat(old.received().get(1).getOPT()).isNull();
        }
    }

    @Test
    void servfailRefusedAndSilenceMoveOnToTheNextServer() throws Exception {
        try (var servfail = new ScriptedUdpServer((q, copy) -> ScriptedUdpServer.reply(q, Rcode.SERVFAIL));
             var refused = new ScriptedUdpServer((q, copy) -> ScriptedUdpServer.reply(q, Rcode.REFUSED));
             var silent = new ScriptedUdpServer((q, copy) -> null);
             var good = new ScriptedUdpServer((q, copy) -> ScriptedUdpServer.answer(q))) {
            Answer a = ask(Duration.ofMillis(300), servfail.address(), refused.address(), silent.address(), good.address());
            assertThat(a.state()).isEqualTo(LookupState.ANSWERED);
            assertThat(a.tried()).isNull();
            assertThat(List.of(servfail, refused, good)).allSatisfy(s -> assertThat(s.received()).hasSize(1));
        }
    }

    @Test
    void whenEveryServerFailsTheAnswerSaysWhatWasTried() throws Exception {
        try (var silent = new ScriptedUdpServer((q, copy) -> null);
             var servfail = new ScriptedUdpServer((q, copy) -> ScriptedUdpServer.reply(q, Rcode.SERVFAIL))) {
            Answer a = ask(Duration.ofMillis(200), silent.address(), servfail.address());
            // the last server's state, never a missing record
            assertThat(a.state()).isEqualTo(LookupState.SERVFAIL);
            assertThat(a.state().isConclusive()).isFalse();
            assertThat(a.tried().en()).contains(LiveDnsSource.hostPort(silent.address()) + ": UDP, ",
                    LiveDnsSource.hostPort(servfail.address()) + ": UDP SERVFAIL");
            assertThat(DomainChecker.stateText(a).en()).startsWith("a.test A: SERVFAIL (tried: ");
            assertThat(DomainChecker.stateText(a).ja()).contains("試したこと");
        }
    }

    @Test
    void anUnansweredTruncationStaysUnchecked() throws Exception {
        // TC over UDP, and nothing listens on TCP at that port: the question fails, it is not an empty answer
        try (var truncating = new ScriptedUdpServer((q, copy) -> {
            var m = ScriptedUdpServer.reply(q, Rcode.NOERROR);
            m.getHeader().setFlag(org.xbill.DNS.Flags.TC);
            return m;
        })) {
            Answer a = ask(Duration.ofMillis(500), truncating.address());
            assertThat(a.state().isConclusive()).isFalse();
            assertThat(a.tried().en()).contains("truncated (TC), asked again over TCP");
        }
    }

    @Test
    void aServerThatStayedSilentIsAskedLastByTheQuestionsThatFollowUntilItAnswers() throws Exception {
        try (var silent = new ScriptedUdpServer((q, copy) -> null);
             var good = new ScriptedUdpServer((q, copy) -> ScriptedUdpServer.answer(q));
             LiveDnsSource live = new LiveDnsSource(new ResolverSettings(List.of(silent.address(), good.address()), false,
                     Duration.ofMillis(200), 8))) {
            assertThat(live.lookup(NAME, Type.A).answered()).isTrue();
            int heard = silent.received().size();
            assertThat(heard).as("the first question tried it, in the configured order").isGreaterThanOrEqualTo(1);

            assertThat(live.lookup(SpfEvaluator.name("b.test"), Type.A).answered()).isTrue();
            assertThat(live.lookup(SpfEvaluator.name("c.test"), Type.A).answered()).isTrue();
            assertThat(silent.received()).as("asked last, so not at all while the other answers").hasSize(heard);
            assertThat(good.received()).hasSize(3);
        }
    }

    @Test
    void aSilentServerIsStillAskedWhenTheOthersFailAndLeadsAgainOnceItAnswers() throws Exception {
        var wakeUp = new java.util.concurrent.atomic.AtomicBoolean();
        try (var sleepy = new ScriptedUdpServer((q, copy) -> wakeUp.get() ? ScriptedUdpServer.answer(q) : null);
             var refusing = new ScriptedUdpServer((q, copy) -> ScriptedUdpServer.reply(q, Rcode.REFUSED));
             LiveDnsSource live = new LiveDnsSource(new ResolverSettings(List.of(sleepy.address(), refusing.address()), false,
                     Duration.ofMillis(200), 8))) {
            assertThat(live.lookup(NAME, Type.A).state()).isEqualTo(LookupState.REFUSED);
            wakeUp.set(true);
            Answer second = live.lookup(SpfEvaluator.name("b.test"), Type.A);
            assertThat(second.answered()).as("last, never left out").isTrue();
            assertThat(refusing.received()).as("asked first while the other was silent").hasSize(2);

            assertThat(live.lookup(SpfEvaluator.name("c.test"), Type.A).answered()).isTrue();
            assertThat(refusing.received()).as("the server that answered again is first again").hasSize(2);
        }
    }
}
