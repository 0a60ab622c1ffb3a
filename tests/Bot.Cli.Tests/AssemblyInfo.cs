// The tests share process-wide state (environment variables, the console), so they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
