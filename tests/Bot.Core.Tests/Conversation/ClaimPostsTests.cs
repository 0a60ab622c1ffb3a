using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimPostsTests
{
    [Theory]
    [InlineData("Farid Nasibov was made Azerbaijan's energy minister", "Its chief executive, Farid Nasibov, 56, had been appointed deputy energy minister of Azerbaijan.", "deputy energy minister")]
    [InlineData("Okafor is the new head coach", "Okafor, 41, joins as assistant head coach.", "assistant head coach")]
    [InlineData("Lena Whitlock became president of the club", "Lena Whitlock was elected vice president of the club.", "vice president")]
    public void Lesser_TheSentenceNamesALesserPost_IsWhatItSays(string claim, string sentence, string said) =>
        Assert.Equal(said, ClaimPosts.Lesser(claim, sentence)?.Said);

    [Theory]
    // The post itself, or the claim's own lesser post.
    [InlineData("Farid Nasibov was made energy minister", "Farid Nasibov was appointed energy minister on Monday.")]
    [InlineData("Farid Nasibov was made deputy energy minister", "Farid Nasibov had been appointed deputy energy minister of Azerbaijan.")]
    // No post in the claim.
    [InlineData("Farid Nasibov joined the board", "His deputy, Farid Nasibov, joined the board.")]
    public void Lesser_ThePostAsClaimed_IsNull(string claim, string sentence) =>
        Assert.Null(ClaimPosts.Lesser(claim, sentence));
}
