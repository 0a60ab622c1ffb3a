using System.Text.RegularExpressions;

namespace Bot.Core.Evaluation;

/// <summary>Splits long articles into one story per paragraph, and points questions at the stories that answer them.</summary>
/// <remarks>
/// Over a few long articles (squad-b: 24 Wikipedia articles), leaving a question's article out removes its whole
/// topic, so abstaining is only tested on easy cases. A newsroom archive holds many stories on each topic, and with
/// the one that answers left out, its neighbours still match most of the question. Splitting each article into
/// stories under a folder named after it (the article's title as every story's headline) measures answering and
/// abstaining over many short related stories; the split can also be a training set (docs/quality.md, fifth pass).
/// </remarks>
public static partial class StoryArchive
{
    /// <summary>One story: its id (<c>Warsaw/003.txt</c>), the article it came from, its headline and its one paragraph.</summary>
    public sealed record Story(string Id, string ArticleId, string Headline, string Body)
    {
        /// <summary>The story as a file: the headline, a blank line, the paragraph.</summary>
        public string Text => $"{Headline}\n\n{Body}\n";
    }

    /// <summary>The stories of one article: its first line is the title, its paragraphs are separated by blank lines.</summary>
    public static IEnumerable<Story> Split(string articleId, string text)
    {
        var blocks = BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        if (blocks.Count == 0)
        {
            yield break;
        }

        var lines = blocks[0].Split('\n', 2);
        string title = lines[0].Trim();
        var paragraphs = (lines.Length > 1 ? [lines[1].Trim(), .. blocks.Skip(1)] : blocks.Skip(1)).Where(p => p.Length > 0).ToList();
        string folder = Path.GetFileNameWithoutExtension(articleId);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            yield return new Story($"{folder}/{i + 1:000}.txt", articleId, title, paragraphs[i]);
        }
    }

    /// <summary>The question with its sources replaced by the stories whose paragraph holds an answer; null when no single one does.</summary>
    /// <remarks>The headline is not read: every story of an article shares it, so an answer that is the article's name would make all of them sources.</remarks>
    public static EvalQuestion? Repoint(EvalQuestion question, IReadOnlyList<Story> stories)
    {
        if (!question.IsAnswerable)
        {
            return question;
        }

        var answering = stories.Where(s => question.IsSource(s.ArticleId) && question.IsAnsweredBy(s.Body)).Select(s => s.Id).ToList();
        return answering.Count == 0 ? null : question with { Sources = answering };
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();
}
