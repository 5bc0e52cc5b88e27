#!/usr/bin/env python3
"""MailBench test lab: servers that show client set-up mistakes the real lab servers cannot (started by testlab/start.sh).

--tls-only PORT       speaks TLS from the first byte (the 993/995/465 role) with the lab's server certificate, then
                      an IMAP greeting. A client that connects in plain text (or waits for a STARTTLS greeting) gets
                      nothing: like every TLS server it waits for a ClientHello, and closes on anything else.
--auth-required PORT  SMTP submission (the 587 role): STARTTLS, AUTH PLAIN offered only after it, and a message
                      sent without logging in is refused with "530 5.7.0 Authentication required" as Xserver does.
                      Logins are accepted for --user/--password only; nothing is ever delivered.
Only standard library; binds the given address only.
"""
import argparse, base64, os, signal, socket, ssl, sys, threading


def listen_tcp(addr, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    s.listen(128)
    return s


def serve_tcp(sock, handler):
    while True:
        try:
            conn, _ = sock.accept()
        except OSError:
            return
        threading.Thread(target=handler, args=(conn,), daemon=True).start()


def tls_only(ctx):
    def handler(conn):
        try:
            conn.settimeout(30)
            with ctx.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(b"* OK [CAPABILITY IMAP4rev1] TLS-only endpoint of the MailBench lab\r\n")
                while True:
                    line = tls.recv(4096)
                    if not line:
                        break
                    tag = line.split(b" ", 1)[0]
                    if line.upper().startswith(tag + b" LOGOUT"):
                        tls.sendall(b"* BYE\r\n" + tag + b" OK LOGOUT\r\n")
                        break
                    tls.sendall(tag + b" NO this endpoint only demonstrates a TLS-only port\r\n")
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()
    return handler


class Lines:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def readline(self):
        while b"\n" not in self.buf:
            data = self.sock.recv(4096)
            if not data:
                return None
            self.buf += data
        line, self.buf = self.buf.split(b"\n", 1)
        return line.rstrip(b"\r").decode("utf-8", "replace")

    def send(self, text):
        self.sock.sendall(text.encode("utf-8"))


def auth_required(ctx, user, password):
    def handler(conn):
        s = Lines(conn)
        tls = False
        authed = False
        try:
            conn.settimeout(30)
            s.send("220 sv1234.xserver.test ESMTP (MailBench lab: AUTH required)\r\n")
            while True:
                line = s.readline()
                if line is None:
                    break
                verb = line.split(" ", 1)[0].upper()
                if verb in ("EHLO", "HELO"):
                    caps = ["250-sv1234.xserver.test", "250-PIPELINING", "250-SIZE 10240000"]
                    caps.append("250-AUTH PLAIN LOGIN" if tls else "250-STARTTLS")
                    caps.append("250 8BITMIME")
                    s.send("\r\n".join(caps) + "\r\n")
                elif verb == "STARTTLS" and not tls:
                    s.send("220 2.0.0 Ready to start TLS\r\n")
                    conn = ctx.wrap_socket(conn, server_side=True)
                    s = Lines(conn)
                    tls = True
                elif verb == "AUTH":
                    parts = line.split(" ")
                    if not tls:
                        s.send("538 5.7.11 Encryption required for requested authentication mechanism\r\n")
                        continue
                    if len(parts) < 2 or parts[1].upper() != "PLAIN":
                        s.send("504 5.5.4 only AUTH PLAIN\r\n")
                        continue
                    blob = parts[2] if len(parts) > 2 else None
                    if blob is None:
                        s.send("334 \r\n")
                        blob = s.readline() or ""
                    try:
                        _, u, p = base64.b64decode(blob).split(b"\0", 2)
                    except (ValueError, base64.binascii.Error):
                        s.send("501 5.5.2 cannot decode\r\n")
                        continue
                    if u.decode() == user and p.decode() == password:
                        authed = True
                        s.send("235 2.7.0 Authentication successful\r\n")
                    else:
                        s.send("535 5.7.8 Error: authentication failed\r\n")
                elif verb == "MAIL":
                    if authed:
                        s.send("250 2.1.0 Ok\r\n")
                    else:
                        s.send("530 5.7.0 Authentication required\r\n")
                elif verb == "RCPT":
                    s.send("554 5.5.1 nothing is delivered here\r\n" if authed else "530 5.7.0 Authentication required\r\n")
                elif verb == "RSET" or verb == "NOOP":
                    s.send("250 2.0.0 Ok\r\n")
                elif verb == "QUIT":
                    s.send("221 2.0.0 Bye\r\n")
                    break
                else:
                    s.send("502 5.5.2 Error: command not recognized\r\n")
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()
    return handler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--address", default="127.0.0.1")
    ap.add_argument("--tls-only", type=int, required=True)
    ap.add_argument("--auth-required", type=int, required=True)
    ap.add_argument("--cert", required=True, help="the lab's server chain (certificate for the sv host)")
    ap.add_argument("--key", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--password-env", default="LAB_PASSWORD", help="environment variable holding the test password")
    ap.add_argument("--pidfile", required=True)
    a = ap.parse_args()

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(a.cert, a.key)
    password = os.environ.get(a.password_env, "")

    for sock, handler in [(listen_tcp(a.address, a.tls_only), tls_only(ctx)),
                          (listen_tcp(a.address, a.auth_required), auth_required(ctx, a.user, password))]:
        threading.Thread(target=serve_tcp, args=(sock, handler), daemon=True).start()

    with open(a.pidfile, "w") as f:
        f.write(f"{os.getpid()}\n")
    print(f"client fault endpoints on {a.address}: tls-only={a.tls_only} auth-required={a.auth_required}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.pause()


if __name__ == "__main__":
    main()
