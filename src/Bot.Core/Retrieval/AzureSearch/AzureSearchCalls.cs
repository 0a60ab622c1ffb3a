using Azure;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>
/// Runs one call to the service: once the SDK's own retries are spent, a throttled, failing or unreachable service
/// becomes <see cref="PassageStoreUnavailableException"/> (the user is told to try again) and health says degraded.
/// </summary>
public sealed class AzureSearchCalls(PassageStoreHealth health)
{
    /// <summary>Runs <paramref name="call"/>, recording whether the service answered.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            var result = await call().ConfigureAwait(false);
            health.Answered();
            return result;
        }
        catch (Exception error) when (IsUnavailable(error))
        {
            var problem = $"Azure AI Search did not answer: {Describe(error)}";
            health.Failed(problem);
            throw new PassageStoreUnavailableException(problem, error);
        }
    }

    // 4xx other than throttling is our mistake (a bad schema or filter): that is a bug to see, not a busy service.
    private static bool IsUnavailable(Exception error) => error switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        HttpRequestException or TimeoutException or TaskCanceledException { InnerException: TimeoutException } => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsUnavailable),
        _ => false,
    };

    private static string Describe(Exception error) => error is RequestFailedException failed && failed.Status > 0
        ? $"HTTP {failed.Status} ({failed.ErrorCode ?? "no error code"}) after retries"
        : error.GetBaseException().Message;
}
