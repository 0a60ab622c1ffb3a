using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimRolesTests
{
    [Theory]
    [InlineData("Kingsford City beat Redmarsh United", "Redmarsh United came from behind to beat Kingsford City and move three points clear.", "Redmarsh United came from behind to beat Kingsford City")]
    [InlineData("Brightwater was acquired by Netlink", "UK telecoms group Brightwater has agreed to acquire Dutch internet provider Netlink.", "Brightwater has agreed to acquire Dutch internet provider Netlink")]
    [InlineData("Arsenal beat Chelsea", "Arsenal were beaten by Chelsea at home.", "Arsenal were beaten by Chelsea")]
    public void Reversed_PartiesTheOtherWayRound_IsWhatTheSentenceSays(string claim, string sentence, string said) =>
        Assert.Equal(said, ClaimRoles.Reversed(claim, sentence)?.Said);

    [Theory]
    // The same way round, in the active or the passive.
    [InlineData("Redmarsh United beat Kingsford City", "Redmarsh United came from behind to beat Kingsford City.")]
    [InlineData("Kingsford City were beaten by Redmarsh United", "Redmarsh United came from behind to beat Kingsford City.")]
    [InlineData("Redmarsh United beat Kingsford City", "Kingsford City were beaten 2-1 by Redmarsh United.")]
    // A link that reads both ways.
    [InlineData("Kingsford City drew with Redmarsh United", "Redmarsh United drew with Kingsford City.")]
    [InlineData("Ms Marsh met Mr Lowe", "Mr Lowe met Ms Marsh on Tuesday.")]
    // The sentence holds no word of the link, or only one of the names.
    [InlineData("Kingsford City beat Redmarsh United", "Redmarsh United fans cheered as Kingsford City left the pitch.")]
    [InlineData("Kingsford City beat Redmarsh United", "Redmarsh United won the league.")]
    public void Reversed_SameWayRoundOrNoRoles_IsNull(string claim, string sentence) =>
        Assert.Null(ClaimRoles.Reversed(claim, sentence));
}
