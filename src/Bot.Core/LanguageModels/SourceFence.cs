using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.LanguageModels;

/// <summary>Spotlighting: fences each passage in a prompt between lines carrying a key drawn afresh for every prompt.</summary>
/// <remarks>
/// The system prompts tell the model that everything between <c>&lt;&lt;source n key=K&gt;&gt;</c> and
/// <c>&lt;&lt;end source n key=K&gt;&gt;</c> is article text, data to quote and never instructions. An article
/// cannot close its own fence early to speak as the prompt, because it cannot know the key.
/// </remarks>
internal sealed class SourceFence
{
    private readonly string _key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>Appends <paramref name="text"/> fenced as source <paramref name="label"/>.</summary>
    public StringBuilder Append(StringBuilder prompt, int label, string text) =>
        prompt.Append("<<source ").Append(label).Append(" key=").Append(_key).AppendLine(">>")
            .AppendLine(text)
            .Append("<<end source ").Append(label).Append(" key=").Append(_key).AppendLine(">>");
}
