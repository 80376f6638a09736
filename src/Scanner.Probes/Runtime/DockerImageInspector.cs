using System.Net.Sockets;
using Docker.DotNet;
using Docker.DotNet.Models;
using Serilog;

namespace Scanner.Probes.Runtime;

/// <summary>
/// Reads an image's config from the Docker engine. Every call is bounded by a timeout and every failure becomes
/// a skip reason, so a missing, stopped or slow engine never crashes or hangs a scan. Only reads: no pull, no run.
/// </summary>
public sealed class DockerImageInspector(TimeSpan timeout, ILogger log)
{
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(10);

    public ImageInspection Inspect(string reference) => Inspect(reference, DockerEndpoint.FromEnvironment());

    public ImageInspection Inspect(string reference, (Uri? Endpoint, string Display, string? Problem) endpoint)
    {
        if (endpoint.Endpoint is null)
        {
            return ImageInspection.Skipped(reference, endpoint.Problem!);
        }

        if (endpoint.Endpoint.Scheme == "unix" && !File.Exists(endpoint.Endpoint.LocalPath))
        {
            return ImageInspection.Skipped(reference, $"no Docker engine at {endpoint.Display} (no socket at that path)");
        }

        using var cancel = new CancellationTokenSource(timeout);
        var work = Task.Run(() => InspectAsync(reference, endpoint.Endpoint, endpoint.Display, cancel.Token), CancellationToken.None);
        try
        {
            // The library is asked to stop at the timeout; the extra wait guards against one that does not listen.
            return work.Wait(timeout + TimeSpan.FromSeconds(2))
                ? work.Result
                : ImageInspection.Skipped(reference, $"the Docker engine at {endpoint.Display} did not answer within {timeout.TotalSeconds:0}s");
        }
        catch (AggregateException e)
        {
            return ImageInspection.Skipped(reference, Reason(e.InnerException ?? e, reference, endpoint.Display, timeout));
        }
    }

    private async Task<ImageInspection> InspectAsync(string reference, Uri endpoint, string display, CancellationToken cancel)
    {
        try
        {
            using var configuration = new DockerClientConfiguration(endpoint, null, timeout);
            using var client = configuration.CreateClient();
            await client.System.PingAsync(cancel).ConfigureAwait(false);
            var image = await client.Images.InspectImageAsync(reference, cancel).ConfigureAwait(false);
            log.Debug("Inspected {Image} ({Id}) at {Endpoint}", reference, image.ID, display);
            return new ImageInspection(reference, Facts(reference, image), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Debug("Image inspection of {Image} failed: {Type}", reference, e.GetType().Name);
            return ImageInspection.Skipped(reference, Reason(e, reference, display, timeout));
        }
    }

    private static ImageFacts Facts(string reference, ImageInspectResponse image)
    {
        var config = image.Config ?? new Config();
        var env = (config.Env ?? []).Select(e => e.Split('=', 2)).Select(kv => new KeyValuePair<string, string>(kv[0], kv.Length > 1 ? kv[1] : "")).ToList();
        return new ImageFacts(
            reference,
            image.ID ?? "",
            config.User ?? "",
            [.. config.Healthcheck?.Test ?? []],
            [.. (config.ExposedPorts?.Keys ?? []).Order(StringComparer.Ordinal)],
            env,
            image.Size,
            image.RootFS?.Layers?.Count ?? 0);
    }

    private static string Reason(Exception e, string reference, string display, TimeSpan timeout) => e switch
    {
        DockerImageNotFoundException => $"image {reference} is not in the Docker engine at {display} (build or pull it first)",
        DockerApiException api => $"the Docker engine at {display} refused: {(int)api.StatusCode} {api.StatusCode}",
        OperationCanceledException or TimeoutException => $"the Docker engine at {display} did not answer within {timeout.TotalSeconds:0}s",
        HttpRequestException { InnerException: SocketException s } => $"no Docker engine at {display} ({s.SocketErrorCode})",
        SocketException s => $"no Docker engine at {display} ({s.SocketErrorCode})",
        _ => $"no Docker engine at {display} ({e.GetType().Name})",
    };
}
