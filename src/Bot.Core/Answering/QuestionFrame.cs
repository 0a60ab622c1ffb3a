namespace Bot.Core.Answering;

/// <summary>The question a chat message asks, without the way it was put: "Can you tell me …" (<see cref="IndirectQuestion"/>),
/// "in the Harwick story" (<see cref="StoryReference"/>) and "apart from the ban, …" (<see cref="ExceptClause"/>).</summary>
public static class QuestionFrame
{
    /// <summary><paramref name="message"/> as a plain question; as typed when it already is one.</summary>
    public static string Plain(string message)
    {
        string direct = IndirectQuestion.Direct(message) ?? message;
        string plain = StoryReference.Strip(direct) ?? direct;
        return ExceptClause.Strip(plain) ?? plain;
    }
}
