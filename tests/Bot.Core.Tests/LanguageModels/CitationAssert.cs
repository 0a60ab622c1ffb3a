using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.LanguageModels;

/// <summary>The grounding check every model test ends with: citations exist, quote their article verbatim, and are marked in the text.</summary>
internal static class CitationAssert
{
    public static void Verbatim(ServiceProvider engine, Answer answer)
    {
        var index = engine.GetRequiredService<NewsIndex>();
        Assert.NotEmpty(answer.Citations);
        foreach (var citation in answer.Citations)
        {
            Assert.Equal(citation.Quote, index.Articles[citation.ArticleId].Body[citation.Start..citation.End]);
            Assert.Contains($"[{citation.Number}]", answer.Text, StringComparison.Ordinal);
        }
    }
}
