namespace Bot.Core.Answering;

/// <summary>The question a chat message asks, without the way it was put: "Can you tell me …" (<see cref="IndirectQuestion"/>) and "in the Harwick story" (<see cref="StoryReference"/>).</summary>
public static class QuestionFrame
{
    /// <summary><paramref name="message"/> as a plain question; as typed when it already is one.</summary>
    public static string Plain(string message)
    {
        string direct = IndirectQuestion.Direct(message) ?? message;
        return StoryReference.Strip(direct) ?? direct;
    }
}
