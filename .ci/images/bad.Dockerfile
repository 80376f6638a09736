# Test image for the runtime probes: root, no health check, fake credentials in its environment.
# The values are fixtures in real formats and work nowhere.
FROM scratch
COPY busybox /bin/busybox
ENV PORT=8080 DB_PASSWORD=ReadyScan-Fake-NotReal-db-2024 GITHUB_TOKEN=ghp_ReadyScanFakeTokenNotReal0123456789a
EXPOSE 8080
ENTRYPOINT ["/bin/busybox"]
CMD ["httpd", "-f", "-p", "8080"]
