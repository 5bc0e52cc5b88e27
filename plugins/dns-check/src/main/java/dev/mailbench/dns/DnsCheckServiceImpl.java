package dev.mailbench.dns;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.DnsCheckService.AnswerState;
import dev.mailbench.api.services.DnsCheckService.FindingSeverity;
import dev.mailbench.dns.engine.CheckProfile;
import dev.mailbench.dns.engine.CheckRunner;
import dev.mailbench.dns.engine.Answer;
import dev.mailbench.dns.engine.DomainReport;
import dev.mailbench.dns.engine.LiveDnsSource;
import dev.mailbench.dns.engine.ResolverSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/** {@link DnsCheckService} over the engine, with the open project's provider profile. */
final class DnsCheckServiceImpl implements DnsCheckService {
    private final WorkbenchApi api;

    DnsCheckServiceImpl(WorkbenchApi api) {
        this.api = api;
    }

    @Override
    public List<DomainResult> check(List<String> domains, Target target) throws IOException {
        CheckProfile profile;
        try {
            profile = CheckProfile.forProject(api.project().provider(), api.project().current());
        } catch (RuntimeException noProject) {
            profile = CheckProfile.generic();
        }
        return run(domains, target, profile).stream().map(DnsCheckServiceImpl::view).toList();
    }

    @Override
    public List<DomainResult> check(dev.mailbench.api.model.Project project, List<String> domains, Target target)
            throws IOException {
        CheckProfile profile = CheckProfile.forProject(api.cli().providerFor(project), project);
        return run(domains, target, profile).stream().map(DnsCheckServiceImpl::view).toList();
    }

    @Override
    public List<RecordView> fetchRecords(String domain, Target target) throws IOException {
        return run(List.of(domain), target, CheckProfile.generic()).get(0).records().stream()
                .map(r -> new RecordView(r.name(), r.type(), r.ttl(), r.data(), AnswerState.valueOf(r.state().name()))).toList();
    }

    @Override
    public List<RecordView> lookupTxt(String name, Target target) throws IOException {
        String fqdn = name.strip().endsWith(".") ? name.strip() : name.strip() + ".";
        Name n;
        try {
            n = Name.fromString(fqdn);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("名前の形式が正しくありません / not a DNS name: " + name);
        }
        try (LiveDnsSource source = new LiveDnsSource(resolver(target))) {
            Answer a = source.query(n, Type.TXT).get();
            AnswerState state = AnswerState.valueOf(a.state().name());
            if (state != AnswerState.ANSWERED) {
                return List.of(new RecordView(fqdn, "TXT", 0, "", state));
            }
            List<String> texts = a.txtJoined();
            List<Long> ttls = a.records().stream().filter(r -> r.getType() == Type.TXT).map(Record::getTTL).toList();
            List<RecordView> out = new java.util.ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                out.add(new RecordView(fqdn, "TXT", i < ttls.size() ? ttls.get(i) : 0, texts.get(i), state));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause() == null ? e.toString() : e.getCause().toString(), e);
        }
    }

    private static ResolverSettings resolver(Target target) {
        return target.servers() == null || target.servers().isBlank() ? ResolverSettings.system()
                : ResolverSettings.servers(ResolverSettings.parseServers(target.servers()));
    }

    static List<DomainReport> run(List<String> domains, Target target, CheckProfile profile) throws IOException {
        ResolverSettings resolver = resolver(target);
        Map<String, Path> zones = target.zoneFile() == null ? Map.of() : Map.of(domains.get(0), target.zoneFile());
        List<DomainReport> reports = CheckRunner.run(new CheckRunner.Request(domains, resolver, zones, target.offline(), profile, 16),
                (done, total, d) -> { });
        for (DomainReport r : reports) {
            if (r.notChecked() != null && r.notChecked().status() == DomainReport.NotChecked.Status.INPUT_ERROR) {
                // The service's contract: an unreadable zone file is an IOException, with the same plain message.
                throw new IOException(r.notChecked().message().ja() + " / " + r.notChecked().message().en());
            }
        }
        return reports;
    }

    static DomainResult view(DomainReport r) {
        return new DomainResult(r.domain(), FindingSeverity.valueOf(r.worst().name()),
                r.findings().stream().map(f -> new FindingView(f.code().name(), FindingSeverity.valueOf(f.severity().name()), f.group().name(),
                        f.subject(), f.code().title(), f.detail(), f.code().rfc(), f.records())).toList(),
                r.records().stream().map(x -> new RecordView(x.name(), x.type(), x.ttl(), x.data(), AnswerState.valueOf(x.state().name()))).toList(),
                r.fixes().stream().map(x -> new FixView(x.id(), x.title(), x.name(), x.type(), x.before(), x.after())).toList());
    }
}
