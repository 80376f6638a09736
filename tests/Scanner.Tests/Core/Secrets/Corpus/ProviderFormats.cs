namespace Scanner.Tests.Core.Secrets.Corpus;

/// <summary>
/// Each provider kind's real format as a <see cref="FakeValue"/> template, written from the providers' documented
/// token shapes (prefix, alphabet, length), independently of the detector's regexes.
/// </summary>
internal static class ProviderFormats
{
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aws-access-key-id"] = "AKIA{az27:16}",
        ["aws-secret-access-key"] = "aws_secret_access_key = {b64:40}",
        ["github-pat"] = "ghp_{an:36}",
        ["github-oauth-token"] = "gho_{an:36}",
        ["github-app-token"] = "ghs_{an:36}",
        ["github-refresh-token"] = "ghr_{an:76}",
        ["github-fine-grained-pat"] = "github_pat_11{upper:20}_{an:59}",
        ["gitlab-pat"] = "glpat-{anx:20}",
        ["gitlab-runner-token"] = "glrt-{anx:20}",
        ["gitlab-deploy-token"] = "gldt-{anx:20}",
        ["bitbucket-app-password"] = "ATBB{an:32}",
        ["slack-bot-token"] = "xoxb-{d:12}-{d:13}-{an:24}",
        ["slack-user-token"] = "xoxp-{d:12}-{d:12}-{d:13}-{an:32}",
        ["slack-legacy-token"] = "xoxs-{d:10}-{an:24}",
        ["slack-app-token"] = "xapp-1-{upper:11}-{d:13}-{lower:64}",
        ["slack-webhook-url"] = "https://hooks.slack.com/services/T{upper:10}/B{upper:10}/{an:24}",
        ["discord-webhook-url"] = "https://discord.com/api/webhooks/{d:18}/{anx:68}",
        ["teams-webhook-url"] = "https://readyscan.webhook.office.com/webhookb2/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}@{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}/IncomingWebhook/{hex:32}/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}",
        ["telegram-bot-token"] = "{d:10}:AA{anx:33}",
        ["stripe-secret-key"] = "sk_live_{an:24}",
        ["stripe-webhook-secret"] = "whsec_{an:32}",
        ["square-token"] = "sq0atp-{anx:22}",
        ["braintree-access-token"] = "access_token$production${lower:16}${hex:32}",
        ["shopify-token"] = "shpat_{hex:32}",
        ["twilio-api-key"] = "SK{hex:32}",
        ["sendgrid-api-key"] = "SG.{anx:22}.{anx:43}",
        ["mailgun-api-key"] = "key-{hex:32}",
        ["mailchimp-api-key"] = "{hex:32}-us14",
        ["npm-token"] = "npm_{an:36}",
        ["pypi-token"] = "pypi-AgEIcHlwaS5vcmc{anx:64}",
        ["nuget-api-key"] = "oy2{lower:43}",
        ["dockerhub-pat"] = "dckr_pat_{anx:27}",
        ["openai-api-key"] = "sk-proj-{anx:48}T3BlbkFJ{anx:48}",
        ["anthropic-api-key"] = "sk-ant-api03-{anx:93}AA",
        ["huggingface-token"] = "hf_{letters:34}",
        ["google-api-key"] = "AIza{anx:35}",
        ["google-oauth-client-secret"] = "GOCSPX-{anx:28}",
        ["azure-storage-account-key"] = "DefaultEndpointsProtocol=https;AccountName=readyscan;AccountKey={b64:86}==;EndpointSuffix=core.windows.net",
        ["azure-ad-client-secret"] = "Rdy8Q~{azure:34}",
        ["azure-sas-signature"] = "https://readyscan.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig={an:44}%3D",
        ["database-url-password"] = "postgresql://svc:{an:20}@db.readyscan.invalid:5432/app",
        ["url-credentials"] = "https://deploy:{an:18}@git.readyscan.invalid/app.git",
        ["connection-string-password"] = "Server=sql.readyscan.invalid;Database=app;User Id=svc;Password={an:20};",
        ["datadog-api-key"] = "DD_API_KEY={hex:32}",
        ["new-relic-key"] = "NRAK-{upper:27}",
        ["sentry-token"] = "sntryu_{hex:64}",
        ["linear-api-key"] = "lin_api_{an:40}",
        ["notion-token"] = "ntn_{d:11}{an:35}",
        ["digitalocean-token"] = "dop_v1_{hex:64}",
        ["postman-api-key"] = "PMAK-{hex:24}-{hex:34}",
        ["vault-token"] = "hvs.{anx:90}",
        ["terraform-cloud-token"] = "{an:14}.atlasv1.{anx:67}",
        ["doppler-token"] = "dp.st.{an:43}",
        ["age-secret-key"] = "AGE-SECRET-KEY-1{bech:58}",
        ["grafana-token"] = "glsa_{an:32}_{hex:8}",
        ["databricks-token"] = "dapi{hex:32}",
        ["planetscale-token"] = "pscale_tkn_{anx:43}",
        ["supabase-token"] = "sbp_{hex:40}",
        ["rubygems-api-key"] = "rubygems_{hex:48}",
        ["pulumi-token"] = "pul-{hex:40}",
        ["airtable-pat"] = "pat{an:14}.{hex:64}",
        ["heroku-api-key"] = "HRKU-AA{anx:58}",
        ["alibaba-access-key-id"] = "LTAI{an:20}",
        ["mapbox-secret-token"] = "sk.eyJ1IjoicmVhZHlzY2FuIiwiYSI6{anx:20}.{anx:22}",
        ["zapier-webhook-url"] = "https://hooks.zapier.com/hooks/catch/{d:8}/{lower:7}/",
        ["google-chat-webhook-url"] = "https://chat.googleapis.com/v1/spaces/AAAA{an:7}/messages?key=AIza{anx:35}&token={anx:43}%3D",
        ["sonarqube-token"] = "squ_{hex:40}",
        ["cloudinary-url"] = "cloudinary://{d:15}:{anx:27}@readyscan",
        ["npmrc-auth"] = "//npm.readyscan.invalid/:_authToken={anx:40}",
        ["authorization-header"] = "Authorization: Bearer {anx:40}",
    };

    /// <summary>Kinds whose template is a whole assignment or line, not a bare value a context can wrap.</summary>
    public static IReadOnlySet<string> SelfContained { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "aws-secret-access-key", "datadog-api-key", "npmrc-auth", "authorization-header",
    };
}
