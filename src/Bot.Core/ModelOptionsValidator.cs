using Microsoft.Extensions.Options;

namespace Bot.Core;

/// <summary>Fails start-up when a model provider is chosen without the settings it needs, naming each missing key.</summary>
internal sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select((e, i) => i == errors.Count - 1 ? $"{e} See docs/configuration.md." : e));
    }
}
