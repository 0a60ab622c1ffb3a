using System.ClientModel;
using Microsoft.SemanticKernel;
using Polly.Timeout;

namespace Bot.Core.LanguageModels;

/// <summary>Says in a few words why a model call failed, for the one log line an operator reads.</summary>
internal static class ModelFailures
{
    public static string Describe(Exception error, ModelOptions options)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpOperationException { StatusCode: { } status }:
                    return $"HTTP {(int)status}";
                case ClientResultException { Status: > 0 } result:
                    return $"HTTP {result.Status}";
                case TimeoutRejectedException:
                    return $"timed out after {options.TimeoutSeconds} s";
                case HttpRequestException { StatusCode: null } network:
                    return $"no connection ({network.HttpRequestError})";
            }
        }

        return $"{error.GetType().Name}: {error.Message.Split('\n')[0]}";
    }
}
