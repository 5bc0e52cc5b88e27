package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;

/** One explanation per documented error, Japanese first: what happened and what the consultant does next. */
public final class PanelErrorText {
    private PanelErrorText() {
    }

    public static LocalizedText explain(PanelException e) {
        String msg = e.serverMessage();
        return switch (e.failure()) {
            case BAD_REQUEST -> LocalizedText.of(
                    "API がリクエストの形式を受け付けませんでした（HTTP 400）。MailBench の不具合か API の仕様変更の可能性があります。" + detail(msg),
                    "The API did not accept the request's format (HTTP 400): a MailBench bug or a change in the API." + detail(msg));
            case UNAUTHORIZED -> LocalizedText.of(
                    "API キーが無効か、有効期限が切れています（HTTP 401）。お客様の XServer アカウント（契約管理画面 → APIキー管理）で"
                            + "新しいキーを発行してもらい、入力し直してください。" + detail(msg),
                    "The API key is invalid or has expired (HTTP 401). Ask the customer to issue a new key in their XServer account "
                            + "(契約管理画面 → APIキー管理, API key management) and enter it again." + detail(msg));
            case FORBIDDEN_PERMISSION -> LocalizedText.of(
                    "この API キーの権限ではこの操作はできません（HTTP 403・権限不足）。読み取りには「読み取り専用」、変更には「すべての操作」"
                            + "または必要な操作を含むカスタム権限のキーが必要です。" + detail(msg),
                    "The API key's permission does not allow this operation (HTTP 403, permission too narrow). Reading needs a "
                            + "read-only key; changes need a key with all operations or a custom permission that includes them." + detail(msg));
            case FORBIDDEN_IP -> LocalizedText.of(
                    "この API キーは接続元の IP アドレスが制限されていて、この場所からは使えません（HTTP 403・IP 制限）。"
                            + "APIキー管理で今の接続元 IP を許可するか、IP 制限のないキーを発行してもらってください。" + detail(msg),
                    "The API key is restricted to other IP addresses and cannot be used from here (HTTP 403, IP restriction). "
                            + "Allow this connection's IP in API key management or have a key issued without the restriction." + detail(msg));
            case NOT_FOUND -> LocalizedText.of(
                    "指定したものがサーバーに見つかりません（HTTP 404）。サーバー名（初期ドメイン）、メールアドレス、レコード ID を確認してください。" + detail(msg),
                    "Not found on the server (HTTP 404). Check the server name (initial domain), the mail address or the record ID." + detail(msg));
            case OPERATION -> LocalizedText.of(
                    "サーバーがこの操作を実行できませんでした（HTTP 409）。理由: " + orUnknown(msg, "（理由は示されませんでした）"),
                    "The server could not carry out the operation (HTTP 409). Reason: " + orUnknown(msg, "(no reason given)"));
            case VALIDATION -> LocalizedText.of(
                    "入力内容に誤りがあります（HTTP 422）。" + list(e, "・"),
                    "The input is invalid (HTTP 422)." + list(e, "- "));
            case RATE_LIMITED -> LocalizedText.of(
                    "API の利用回数の上限に達しました（HTTP 429）。指示された時間待っても続いたため中断しました。時間をおいて、"
                            + "続きから実行してください。" + detail(msg),
                    "The API's request limit was reached (HTTP 429) and stayed reached after waiting as told, so the run stopped. "
                            + "Try again later." + detail(msg));
            case INTERNAL -> LocalizedText.of(
                    "サーバー側で予期しないエラーが起きました（HTTP 500）。変更が途中まで反映された可能性があるため、状態を読み直してから"
                            + "やり直してください。" + detail(msg),
                    "The server had an unexpected error (HTTP 500). A change may be partly applied: read the state again before retrying." + detail(msg));
            case BACKEND -> LocalizedText.of(
                    "サーバーパネルの内部処理が失敗しました（HTTP 502）。何度か再試行しましたが回復しませんでした。時間をおいて再度お試しください。" + detail(msg),
                    "The server panel's backend failed (HTTP 502) and did not recover after several retries. Try again later." + detail(msg));
            case TIMEOUT -> LocalizedText.of(
                    "API から時間内に応答がありませんでした（再試行後もタイムアウト）。回線やプロキシ、ファイアウォールを確認してください。"
                            + "応答がないことは「設定がない」ことを意味しません。" + detail(msg),
                    "The API did not answer in time, also after retries. Check the line, proxy and firewall. No answer does not mean "
                            + "that nothing is set up." + detail(msg));
            case TLS -> LocalizedText.of(
                    "API サーバーの証明書を確認できなかったため接続しませんでした（TLS）。社内プロキシが通信を中継している場合は、その CA "
                            + "証明書を設定で追加してください。証明書の確認を無効にすることはしません。" + detail(msg),
                    "The API server's certificate could not be verified, so no connection was made (TLS). If a company proxy intercepts "
                            + "the traffic, add its CA certificate in the settings. Certificate checks are never turned off." + detail(msg));
            case UNREACHABLE -> LocalizedText.of(
                    "API サーバーに接続できませんでした。インターネット接続と API の URL を確認してください。" + detail(msg),
                    "Could not connect to the API server. Check the internet connection and the API URL." + detail(msg));
            case UNEXPECTED -> LocalizedText.of(
                    "API から想定外の応答がありました（HTTP " + e.status() + "）。" + detail(msg),
                    "The API gave an unexpected answer (HTTP " + e.status() + ")." + detail(msg));
            case CANCELLED -> LocalizedText.of("中止しました。", "Cancelled.");
        };
    }

    private static String detail(String msg) {
        return msg == null || msg.isBlank() ? "" : "（" + msg + "）";
    }

    private static String orUnknown(String msg, String unknown) {
        return msg == null || msg.isBlank() ? unknown : msg;
    }

    private static String list(PanelException e, String bullet) {
        if (e.errors().isEmpty()) {
            return detail(e.serverMessage());
        }
        StringBuilder sb = new StringBuilder();
        for (String error : e.errors()) {
            sb.append('\n').append(bullet).append(error);
        }
        return sb.toString();
    }
}
