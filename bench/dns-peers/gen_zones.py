#!/usr/bin/env python3
"""Writes the bench corpus for bench/dns.sh: N customer zones bench-cNNNN.test with varied but realistic mail
records (SPF with includes and redirects, DMARC, DKIM, MX with A records, MTA-STS/TLS-RPT on some), the shared
zones they refer to (provider, newsletter service, CRM, report receiver) and the reverse zone of the MX
addresses. Usage: gen_zones.py OUT_DIR COUNT DKIM_BASE64_2048 DKIM_BASE64_1024"""
import os
import sys

out, count, key2048, key1024 = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
os.makedirs(out, exist_ok=True)
SOA = "@ IN SOA ns1.bench-provider.test. hostmaster.bench-provider.test. ( 2026010101 3600 900 604800 300 )\n" \
      "@ IN NS ns1.bench-provider.test.\n@ IN NS ns2.bench-provider.test.\n"


def chunks(text, size=200):
    return " ".join('"%s"' % text[i:i + size] for i in range(0, len(text), size))


def write(name, body):
    with open(os.path.join(out, name + ".zone"), "w") as f:
        f.write("$ORIGIN %s.\n$TTL 3600\n%s%s" % (name, SOA, body))


def mx_address(i):
    return "192.0.2.%d" % (10 + i % 100)


provider = ["ns1 IN A 192.0.2.1", "ns2 IN A 192.0.2.2",
            'spf.sender IN TXT "v=spf1 ip4:192.0.2.0/25 ip4:203.0.113.0/26 ip6:2001:db8:10::/48 ~all"']
provider += ["sv%d IN A 192.0.2.%d" % (n, 110 + n) for n in range(1, 21)]
provider += ["host-%d IN A 192.0.2.%d" % (n, n) for n in range(10, 110)]
write("bench-provider.test", "\n".join(provider) + "\n")
write("bench-mailer.test", """
_spf IN TXT "v=spf1 include:_netblocks.bench-mailer.test include:_netblocks2.bench-mailer.test ~all"
_netblocks IN TXT "v=spf1 ip4:198.51.100.0/25 ip4:198.51.100.128/26 ip4:198.51.100.192/27 ~all"
_netblocks2 IN TXT "v=spf1 ip6:2001:db8:20::/48 ip6:2001:db8:21::/48 ~all"
""")
write("bench-crm.test", """
spf IN TXT "v=spf1 ip4:198.51.100.224/28 a:out.bench-crm.test -all"
out IN A 198.51.100.230
""")
reports = []
reverse = ["%d IN PTR host-%d.bench-provider.test." % (n, n) for n in range(10, 110)]
reverse += ["%d IN PTR sv%d.bench-provider.test." % (110 + n, n) for n in range(1, 21)]
names = []
for i in range(1, count + 1):
    d = "bench-c%04d.test" % i
    names.append(d)
    kind = i % 5
    sv = "sv%d.bench-provider.test" % (1 + i % 20)
    spf = {
        0: "v=spf1 +a:%s +a:%s +mx include:spf.sender.bench-provider.test ~all" % (sv, d),
        1: "v=spf1 mx include:spf.sender.bench-provider.test include:_spf.bench-mailer.test -all",
        2: "v=spf1 redirect=_spf.%s" % d,
        3: "v=spf1 ip4:203.0.113.%d include:spf.sender.bench-provider.test include:spf.bench-crm.test ~all" % (64 + i % 64),
        4: "v=spf1 a mx include:_spf.bench-mailer.test include:spf.sender.bench-provider.test ~all",
    }[kind]
    rua = "mailto:dmarc@%s" % d if i % 3 else "mailto:%s@bench-reports.test" % d.split(".")[0]
    if not i % 3:
        reports.append('%s._report._dmarc IN TXT "v=DMARC1"' % d)
    policy = ("none", "quarantine", "reject")[i % 3]
    body = ["@ IN A %s" % mx_address(i),
            "@ IN MX 10 %s" % ("mail" if i % 4 else sv + "."),
            "mail IN A %s" % mx_address(i),
            '@ IN TXT "%s"' % spf,
            '@ IN TXT "google-site-verification=bench%04d"' % i,
            '_dmarc IN TXT "v=DMARC1; p=%s; rua=%s; adkim=r; aspf=r"' % (policy, rua),
            "default._domainkey IN TXT ( %s )" % chunks("v=DKIM1; k=rsa; p=" + (key1024 if i % 10 == 7 else key2048))]
    if kind == 2:
        body.append('_spf IN TXT "v=spf1 mx include:spf.sender.bench-provider.test ip4:203.0.113.%d ~all"' % (i % 64))
    if i % 4 == 1:
        body.append('_mta-sts IN TXT "v=STSv1; id=2026010101"')
        body.append('_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@%s"' % d)
    write(d, "\n".join(body) + "\n")
write("bench-reports.test", "\n".join(reports) + "\n")
write("2.0.192.in-addr.arpa", "\n".join(reverse) + "\n")
with open(os.path.join(out, "domains.txt"), "w") as f:
    f.write("\n".join(names) + "\n")
