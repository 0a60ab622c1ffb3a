namespace Bot.Core.Tests.Embeddings;

/// <summary>
/// A test that rewrites a committed fixture rather than checking anything, so it is skipped (visibly) unless
/// NEWSBOT_WRITE_GOLDEN=1 asks for it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WriteGoldenFactAttribute : FactAttribute
{
    public WriteGoldenFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("NEWSBOT_WRITE_GOLDEN") != "1")
        {
            Skip = "Set NEWSBOT_WRITE_GOLDEN=1 to rewrite TestData/use-lite-golden.json from the ONNX oracle.";
        }
    }
}
