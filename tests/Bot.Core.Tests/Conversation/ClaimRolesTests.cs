using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimRolesTests
{
    [Theory]
    [InlineData("Kingsford City beat Redmarsh United", "Redmarsh United came from behind to beat Kingsford City and move three points clear.", "Redmarsh United came from behind to beat Kingsford City")]
    [InlineData("Brightwater was acquired by Netlink", "UK telecoms group Brightwater has agreed to acquire Dutch internet provider Netlink.", "Brightwater has agreed to acquire Dutch internet provider Netlink")]
    [InlineData("Arsenal beat Chelsea", "Arsenal were beaten by Chelsea at home.", "Arsenal were beaten by Chelsea")]
    // However far apart, a clause that opens "after beating" just before the other party tells what the subject did.
    [InlineData("Harwick Rovers beat Carrow United in the cup semi-final", "CADDON, March 9 - Carrow United reached the Marlovian Cup final for the first time in 16 years after beating Harwick Rovers 2-0 in the semi-final.", "Carrow United reached the Marlovian Cup final for the first time in 16 years after beating Harwick Rovers")]
    // The claim names a place after its two parties: the verb reaches the second name, not the last.
    [InlineData("the Dolphins beating the Cowboys in Townsville", "TOWNSVILLE - Kobe Tarrant scored two tries as the North Queensland Cowboys beat the Dolphins 26-18 on Saturday night.", "Cowboys beat the Dolphins")]
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
    // Far apart, with the later party not the object of a clause of the subject's.
    [InlineData("Kingsford City beat Redmarsh United", "Kingsford City, whose manager was sacked in the summer after three defeats, travel to face Redmarsh United on Saturday.")]
    [InlineData("Kingsford City beat Redmarsh United", "Fans said that Redmarsh United had been unlucky to lose the final after Kingsford City scored a late winner.")]
    // The verb's object is a pronoun: a third party did it ("Webb … replacing him with George Low").
    [InlineData("George Low ended up replacing Joseph Francis Shea as ASPO Manager", "Webb also reassigned ASPO Manager Joseph Francis Shea, replacing him with George Low.")]
    public void Reversed_SameWayRoundOrNoRoles_IsNull(string claim, string sentence) =>
        Assert.Null(ClaimRoles.Reversed(claim, sentence));

    [Theory]
    [InlineData("the Conservatives took Wrexham North from Labour", "On the same night, Labour held Wrexham North, although with a sharply reduced majority.")]
    [InlineData("Harbour Foods bought Lumo from Vellmark", "Vellmark kept Lumo after the talks failed.")]
    public void OtherDoer_TheSentenceTellsOfTheClaimsLastPartyAndNeverNamesItsDoer_IsNotNull(string claim, string sentence) =>
        Assert.NotNull(ClaimRoles.OtherDoer(claim, sentence));

    [Theory]
    // The doer named, or named by the news words for it ("Tories" for "Conservatives").
    [InlineData("the Conservatives took Wrexham North from Labour", "Labour lost Wrexham North to the Conservatives.")]
    [InlineData("the Conservatives took Wrexham North from Labour", "Labour lost Wrexham North to the Tories.")]
    // The sentence tells the claim's doing before the last party comes ("The 22-year-old" is the doer named earlier).
    [InlineData("Tom Marsh beat Luis Ortega", "The 22-year-old from Bristol beat Luis Ortega in straight sets.")]
    // A passive names its doer last.
    [InlineData("Lumo was bought by Vellmark", "Vellmark paid $90m.")]
    [InlineData("Harbour Foods beat Vellmark", "Vellmark were beaten by the smaller firm.")]
    // One party only.
    [InlineData("Labour held Wrexham North", "Labour held Wrexham North.")]
    public void OtherDoer_TheDoerNamedOrNoOtherParty_IsNull(string claim, string sentence) =>
        Assert.Null(ClaimRoles.OtherDoer(claim, sentence));

    [Theory]
    [InlineData("Kaunas Ąžuolas won the 2025 Amber League final", "Riga Daugava won the Amber Basketball League on Sunday night, beating Kaunas Ąžuolas 84-79 in a deciding fifth game.", "beating Kaunas Ąžuolas")]
    [InlineData("Kelsham Town went through to the final", "Ashworth Rovers overturned a first-leg deficit to beat Kelsham Town 3-0 and reach the final.", "beat Kelsham Town")]
    [InlineData("the Hammerheads losing to the Wolves at Ariki Park", "A late try gave the Kōwhai Coast Hammerheads a 27–24 win over the Waimaru Wolves at Ariki Park.", "Hammerheads a 27 24 win")]
    public void Beaten_TheClaimsWinnerBeatenOrItsLoserWinning_IsWhatTheSentenceSays(string claim, string sentence, string said) =>
        Assert.Equal(said, ClaimRoles.Beaten(claim, sentence)?.Said);

    [Theory]
    [InlineData("Riga Daugava won the 2025 Amber League final", "Riga Daugava won the Amber Basketball League on Sunday night, beating Kaunas Ąžuolas 84-79.")]
    [InlineData("the Wolves losing to the Hammerheads", "A late try gave the Hammerheads a 27–24 win over the Wolves.")]
    // No outcome in the claim, or the party not named in the sentence.
    [InlineData("Kaunas Ąžuolas signed a new centre", "Riga Daugava won the league, beating Kaunas Ąžuolas 84-79.")]
    [InlineData("Kelsham Town went through to the final", "Ashworth Rovers beat Harwick 3-0 and reach the final.")]
    // "over" beats no one unless a win comes before it; a loser "went down".
    [InlineData("Kaunas Ąžuolas won the final", "Fans voiced concerns over Kaunas Ąžuolas after the final.")]
    [InlineData("the Hammerheads losing to the Wolves", "The Hammerheads went down 27-24 to the Wolves.")]
    public void Beaten_TheClaimAsTheSentenceTellsIt_IsNull(string claim, string sentence) =>
        Assert.Null(ClaimRoles.Beaten(claim, sentence));
}
