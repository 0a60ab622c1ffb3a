namespace Bot.Cli.Commands;

/// <summary>One <c>--set</c> of <c>train</c> and <c>train-names</c>: a corpus folder, a question file over it, and how much its questions count.</summary>
internal sealed record TrainingSet(string Corpus, string Questions, float Weight)
{
    /// <summary>Reads <c>CORPUS=QUESTIONS</c> or <c>CORPUS=QUESTIONS*WEIGHT</c>; paths come back full.</summary>
    public static TrainingSet Parse(string set)
    {
        int at = set.IndexOf('=', StringComparison.Ordinal);
        int star = set.LastIndexOf('*');
        float weight = 1;
        if (at <= 0 || (star > at && !float.TryParse(set[(star + 1)..], System.Globalization.CultureInfo.InvariantCulture, out weight)))
        {
            throw new InvalidDataException($"--set {set}: expected CORPUS=QUESTIONS or CORPUS=QUESTIONS*WEIGHT, for example ../shared/data/squad-b/corpus=../shared/data/squad-b/questions.jsonl");
        }

        string questions = star > at ? set[(at + 1)..star] : set[(at + 1)..];
        return new TrainingSet(Path.GetFullPath(set[..at]), Path.GetFullPath(questions), weight);
    }
}
