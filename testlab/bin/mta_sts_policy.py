#!/usr/bin/env python3
"""MailBench test lab MTA-STS policy host (started by testlab/start.sh).

Serves https://mta-sts.<domain>/.well-known/mta-sts.txt from --policies DIR/<domain>.txt as text/plain,
404 when that file does not exist. The certificate is chosen by SNI: names given with --untrusted-name get
a self-signed certificate (not from the lab CA); every other name the lab-CA certificate, whose SAN lists
only some mta-sts names (a name it lacks shows a name mismatch). Only standard library; binds --address.
"""
import argparse, http.server, os, signal, ssl, sys


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--address", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--untrusted-cert", required=True)
    p.add_argument("--untrusted-key", required=True)
    p.add_argument("--untrusted-name", action="append", default=[])
    p.add_argument("--policies", required=True)
    p.add_argument("--pidfile", required=True)
    a = p.parse_args()

    trusted = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    trusted.load_cert_chain(a.cert, a.key)
    untrusted = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    untrusted.load_cert_chain(a.untrusted_cert, a.untrusted_key)
    untrusted_names = {n.lower() for n in a.untrusted_name}

    def choose(sock, name, ctx):
        if name and name.lower() in untrusted_names:
            sock.context = untrusted
        return None

    trusted.sni_callback = choose

    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "MailBenchLabMtaSts/1"

        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0].lower().rstrip(".")
            domain = host[len("mta-sts."):] if host.startswith("mta-sts.") else ""
            path = os.path.join(a.policies, domain + ".txt")
            if self.path != "/.well-known/mta-sts.txt" or not domain or "/" in domain or not os.path.isfile(path):
                body = b"not found\n"
                self.send_response(404)
                self.send_header("Content-Type", "text/plain")
            else:
                with open(path, "rb") as f:
                    body = f.read()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            pass

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass  # a client that rejects the certificate is what some tests expect

    server = Server((a.address, a.port), Handler)
    server.socket = trusted.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    with open(a.pidfile, "w") as f:
        f.write(str(os.getpid()) + "\n")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server.serve_forever()


if __name__ == "__main__":
    main()
