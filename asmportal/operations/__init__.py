"""Running the portal: availability (maintenance and error pages), backups, the demo content and
the synthetic corpus for benchmarks."""
