namespace Bot.Core.Conversation.Intents;

/// <summary>Measures an <see cref="IntentRouter"/> against a labelled file it was not trained on.</summary>
public static class IntentEvaluation
{
    /// <summary>Routes every example of the file (relative paths resolve against the app folder) and scores the result.</summary>
    public static IntentReport Evaluate(IntentRouter router, string heldOutFile)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentException.ThrowIfNullOrWhiteSpace(heldOutFile);
        var path = Path.IsPathRooted(heldOutFile) ? heldOutFile : Path.Combine(AppContext.BaseDirectory, heldOutFile);
        var outcomes = IntentDataReader.Read(path).Select(e => (Example: e, Routed: router.Route(e.Text))).ToList();

        var perIntent = outcomes
            .GroupBy(o => o.Example.Intent)
            .OrderBy(g => g.Key)
            .Select(g => new IntentAccuracy(g.Key, g.Count(), g.Count(o => o.Routed.Intent == g.Key)))
            .ToList();
        var confusions = outcomes
            .Where(o => o.Routed.Intent != o.Example.Intent)
            .Select(o => new IntentConfusion(o.Example.Text, o.Example.Intent, o.Routed.Intent, o.Routed.Confidence, o.Routed.IsFallback))
            .ToList();
        var accuracy = (double)(outcomes.Count - confusions.Count) / outcomes.Count;
        return new IntentReport(accuracy, outcomes.Count, perIntent, confusions);
    }
}
