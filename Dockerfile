# syntax=docker/dockerfile:1
# ReadyScan as a container image. Build: docker build -t readyscan .
# Scan the current directory, read-only, as your own user (so git accepts the mounted repository as yours):
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/src:ro" readyscan scan /src
#
# No HEALTHCHECK: ReadyScan is a command-line tool that runs one scan and exits with its result. A health check
# probes a long-running service for liveness; there is no service here to probe, and the exit code already is the
# health signal.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /build
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY rules/ rules/
COPY src/ src/
# ReadyToRun for the image's own platform: the code is compiled ahead of time, so a scan does not start by JIT-compiling.
RUN dotnet publish src/Scanner.Cli --configuration Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true --output /app --nologo

# readyscan:ignore dockerfile-healthcheck -- a CLI runs one scan and exits: there is no long-lived process to probe
FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /app /opt/readyscan
WORKDIR /src
# 1654 is the unprivileged "app" user the .NET images create; a numeric UID lets Kubernetes verify runAsNonRoot.
USER 1654
ENTRYPOINT ["dotnet", "/opt/readyscan/readyscan.dll"]
CMD ["scan", "/src"]
