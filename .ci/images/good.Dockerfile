# Test image for the runtime probes: non-root, with a health check. Built offline FROM scratch by .ci/run.
FROM scratch
COPY busybox /bin/busybox
HEALTHCHECK --interval=30s --timeout=3s CMD ["/bin/busybox", "true"]
EXPOSE 8080
USER 1000
ENTRYPOINT ["/bin/busybox"]
CMD ["httpd", "-f", "-p", "8080"]
