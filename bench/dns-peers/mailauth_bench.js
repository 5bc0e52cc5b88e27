// Peer for bench/dns.sh: mailauth's SPF and DMARC for every domain, CONCURRENCY at a time, through one
// resolver. Usage: node mailauth_bench.js DOMAINS_FILE HOST:PORT CONCURRENCY CLIENT_IP
// Prints one JSON line: tool, checks, seconds (check loop only), and the count of each result.
'use strict';
const fs = require('node:fs');
const { Resolver } = require('node:dns').promises;
const { spf } = require('mailauth/lib/spf');
const { dmarc } = require('mailauth/lib/dmarc');

const [file, server, concurrencyText, ip] = process.argv.slice(2);
const domains = fs.readFileSync(file, 'utf8').split('\n').map(s => s.trim()).filter(Boolean);
// bench/dns.sh's lossy run sets DNS_TIMEOUT_MS/DNS_TRIES: c-ares then retransmits, doubling the timeout each try
const dns = new Resolver({ timeout: Number(process.env.DNS_TIMEOUT_MS || 3000), tries: Number(process.env.DNS_TRIES || 1) });
dns.setServers([server]);
const resolver = (name, type) => dns.resolve(name, type);
const tally = {};
const count = key => { tally[key] = (tally[key] || 0) + 1; };

async function checkOne(domain) {
    const spfResult = await spf({ sender: `postmaster@${domain}`, ip, helo: `mail.${domain}`, mta: 'bench.local', resolver });
    const status = spfResult.status.result;
    count(`spf:${status}`);
    const spfDomains = status === 'pass' ? [{ domain, result: status }] : [];
    const dmarcResult = await dmarc({ headerFrom: domain, spfDomains, dkimDomains: [], resolver });
    count(`dmarc:${dmarcResult.status.result}`);
}

(async () => {
    const start = process.hrtime.bigint();
    let next = 0;
    const workers = Array.from({ length: Number(concurrencyText) }, async () => {
        while (next < domains.length) {
            const domain = domains[next++];
            try {
                await checkOne(domain);
            } catch (e) {
                count(`error:${e.code || e.message}`);
            }
        }
    });
    await Promise.all(workers);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(JSON.stringify({ tool: 'mailauth', checks: domains.length, seconds, results: tally }));
})();
