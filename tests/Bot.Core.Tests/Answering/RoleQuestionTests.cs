using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class RoleQuestionTests
{
    [Theory]
    [InlineData("Who is the boss of Harwick Foods?", "chief executive")]
    [InlineData("Who runs FibreNest?", "managing director")]
    [InlineData("who heads the regulator", "chairman")]
    [InlineData("Who is Lumo's boss?", "chief executive")]
    [InlineData("who's its boss?", "chief executive")]
    [InlineData("Who is their coach?", "coach")]
    [InlineData("who's the managing director at Tallis & Crane", "managing director")]
    [InlineData("Who is the coach of Rovers?", "coach")]
    [InlineData("Who directed the fox film that became the biggest animated film ever?", "director")]
    [InlineData("who founded Pixelbeam", "founder")]
    [InlineData("Who owns Ashbury United?", "owner")]
    [InlineData("and who trains him?", "trainer")]
    [InlineData("who is prosecuting?", "prosecutor")]
    [InlineData("Who refereed the Harwick Athletic v Kelmoor Rovers derby at Civic Park?", "referee")]
    // A name asked for as a thing, and a post written after what it heads, as headlines write it.
    [InlineData("what's the name of the Harwick Foods boss", "chief executive")]
    [InlineData("What is the name of the chairman of Oakridge?", "chairman")]
    [InlineData("Who is the Harwick boss?", "chief executive")]
    [InlineData("Harwick Foods boss?", "chief executive")]
    [InlineData("Who is the Taliban government's defence minister?", "defence minister")]
    [InlineData("Who leads the university lecturers' union as secretary-general?", "secretary-general")]
    [InlineData("who runs the club as its chairman", "chairman")]
    // A post a court gives.
    [InlineData("who was put in charge of shannonside prime meats as receiver", "receiver")]
    [InlineData("Who is the liquidator of Harwick Foods?", "liquidator")]
    // A post without an article before it, and a project's post.
    [InlineData("who's CEO of Namib Sun Hydrogen?", "chief executive")]
    [InlineData("Who's the project director on the Kamalapur-Narayanganj metro line?", "project director")]
    // A post's other titles.
    [InlineData("who is the finance director at Aegean Star Ferries?", "chief financial officer")]
    [InlineData("Who's the finance director at the Western Isles council?", "director of finance")]
    [InlineData("who is the spokeswoman for the council?", "spokesman")]
    public void Roles_AQuestionForTheHolderOfAPost_GivesThePosts(string question, string role) =>
        Assert.Contains(role, RoleQuestion.Roles(question)!);

    [Theory]
    [InlineData("Who is the managing director at Tallis & Crane?", "chief executive")]
    // The post named after "as" is the one asked for, not any head: not the union's president.
    [InlineData("Who leads the university lecturers' union as secretary-general?", "president")]
    public void Roles_ANamedPost_IsThatPostAlone(string question, string other) =>
        Assert.DoesNotContain(other, RoleQuestion.Roles(question)!);

    [Theory]
    [InlineData("Who won the Melbourne title?")]
    [InlineData("Who is the owner's favourite player?")]
    [InlineData("What is the name of the firm?")]
    [InlineData("What is the name of the Harwick factory?")]
    [InlineData("Ashcombe North winner?")]
    [InlineData("Who was the receiver on the successful 2-point conversion?")]
    [InlineData("Who is Harwick?")]
    [InlineData("Who is the father of the bride?")]
    [InlineData("Who directs traffic at the crossing?")]
    public void Roles_NoPostAskedFor_IsNull(string question) =>
        Assert.Null(RoleQuestion.Roles(question));

    [Theory]
    [InlineData("which judge sentenced the football club treasurer", "judge")]
    [InlineData("What prosecutor brought the case?", "prosecutor")]
    public void AskedByKind_APostAskedByItsKind_IsThatPost(string question, string role) =>
        Assert.Equal([role], RoleQuestion.AskedByKind(question)!);

    // A British minister is often titled a secretary or the chancellor ("Education Secretary Judith Carew said …").
    [Fact]
    public void AskedByKind_WhichMinister_IsAlsoASecretaryOrTheChancellor() =>
        Assert.Equal(["minister", "secretary", "chancellor"], RoleQuestion.AskedByKind("Which minister opened the new bridge?")!);

    // A shadow post is held in opposition, not in government.
    [Theory]
    [InlineData("Shadow home secretary Douglas Ferrar said the Conservatives had serious doubts.", false)]
    [InlineData("Home Office minister Patricia Lorne, who wound up the debate, said identity fraud was costly.", true)]
    public void NamesHolder_AShadowPost_IsNoMinister(string sentence, bool expected) =>
        Assert.Equal(expected, RoleQuestion.NamesHolder(sentence, RoleQuestion.AskedByKind("which minister closed the debate")!));

    // "defence" in a question, "Defense" in an American story: the same post, either way round.
    [Theory]
    [InlineData("defence minister", "The Afghan delegation included Defense Minister Mullah Mohammed Yaqoob and Mullah Abdul Ghani Baradar.")]
    [InlineData("defense minister", "Defence Minister Khawaja Asif arrived in Kabul on Wednesday.")]
    public void NamesHolder_ThePostInAnotherSpelling_NamesItsHolder(string role, string sentence) =>
        Assert.True(RoleQuestion.NamesHolder(sentence, [role]));

    // The post in the plural is the government, not its holder.
    [Theory]
    [InlineData("Ministers will provide £220m over three years to help schools.", false)]
    [InlineData("The minister said the money would help schools.", true)]
    [InlineData("Education Minister Ruth Dale said the money would help.", true)]
    public void Mentions_ThePostInThePlural_IsNoMention(string sentence, bool expected) =>
        Assert.Equal(expected, RoleQuestion.Mentions(sentence, "minister"));

    [Theory]
    [InlineData("Which minister is responsible for transport?")]
    [InlineData("Which bridge did the minister open?")]
    [InlineData("What judgement did the court give?")]
    public void AskedByKind_NoPostAskedByItsKind_IsNull(string question) =>
        Assert.Null(RoleQuestion.AskedByKind(question));

    [Theory]
    [InlineData("\"Customers are still watching every penny,\" said chief executive Alison Marr.")]
    [InlineData("Chief executive Andrew Kilbride said the firm would now aim to reach five million properties.")]
    [InlineData("Fiona Blake, the managing director, said online sales had grown.")]
    [InlineData("Alison Marr, Harwick's chief executive, said the results were strong.")]
    [InlineData("The boss of Harwick Foods, Alison Marr, said the results were strong.")]
    [InlineData("As of August 2009, the Chairman of the Board of Trustees is Andrew Alper.")]
    // A head of a body named with capitals, whatever the case the posts are read in.
    [InlineData("Ali Shamkhani, the head of Iran’s National Security Council, told his visiting Pakistani counterpart it was necessary.")]
    [InlineData("The head of Harwick Foods, Alison Marr, said the results were strong.")]
    public void NamesHolder_TheRoleBesideAName_IsTrue(string sentence) =>
        Assert.True(RoleQuestion.NamesHolder(sentence, RoleQuestion.Roles("Who is the boss of Harwick Foods?")!));

    // A post given to someone, by a court or a board.
    [Theory]
    [InlineData("who was put in charge of shannonside prime meats as receiver", "The High Court appointed Deirdre Lacey of accountancy firm Kinsella Lacey as receiver following an application by the lender.")]
    [InlineData("Who is the boss of Harwick Foods?", "Alison Marr was named chief executive in May.")]
    public void NamesHolder_APostGivenToSomeone_NamesItsHolder(string question, string sentence) =>
        Assert.True(RoleQuestion.NamesHolder(sentence, RoleQuestion.Roles(question)!));

    [Theory]
    [InlineData("Redbridge manager Steve Corrigan admitted that the win had been special.", true)]
    [InlineData("Jennifer Oduya, Redbridge's manager, said the club would not sell.", true)]
    // The other club's manager, after a name of the question, and a former one.
    [InlineData("The defeat leaves Stokeley behind Redbridge, and their manager, Ray Dunleavy, faced chants.", false)]
    [InlineData("Former Redbridge manager Colin Ferris said the side would go up.", false)]
    public void NamesHolderOf_TheRoleAfterTheNameAsked_NamesItsHolder(string sentence, bool expected) =>
        Assert.Equal(expected, RoleQuestion.NamesHolderOf(sentence, RoleQuestion.Roles("Who is Redbridge Albion's manager?")!, ["Redbridge", "Albion's"]));

    [Theory]
    // The post of the firm, by another title and by the firm's letters.
    [InlineData("Eleni Papadaki, the chief financial officer of ASF, said fuel costs rose 11 per cent.", true)]
    [InlineData("The finance director of Aegean Star Ferries, Eleni Papadaki, said fuel costs rose.", true)]
    // Another firm's, and letters that are no run of the question's names.
    [InlineData("Petros Louloudis, the chief financial officer of Ionian Seaways, said the figures were solid.", false)]
    [InlineData("Eleni Papadaki, the chief financial officer of ASX, said fuel costs rose.", false)]
    public void NamesHolderOf_ThePostOfTheFirmAsked_NamesItsHolder(string sentence, bool expected) =>
        Assert.Equal(expected, RoleQuestion.NamesHolderOf(sentence, RoleQuestion.Roles("who is the finance director at Aegean Star Ferries?")!, ["Aegean", "Star", "Ferries"]));

    // A title before the name ("Dr.") and an age after it ("44,") are the holder's, and the body's name may hold small words.
    [Theory]
    [InlineData("Who is the director of the Federal Snow and Avalanche Institute?", new[] { "Federal", "Snow", "Avalanche", "Institute" }, "FSAI director Dr. Corinne Zurbriggen, 55, said the winter had been shaped by two extremes.", true)]
    [InlineData("who is the governor of the National Bank of Georgia?", new[] { "National", "Bank", "Georgia" }, "TBILISI, 3 June 2024 — Nino Kapanadze, governor of the National Bank of Georgia (NBG) for the past five years, will step down.", true)]
    [InlineData("who is the governor of the National Bank of Georgia?", new[] { "National", "Bank", "Georgia" }, "Ana Beridze, 51, the governor of the National Bank of Georgia, spoke first.", true)]
    [InlineData("who is the governor of the National Bank of Georgia?", new[] { "National", "Bank", "Georgia" }, "Ana Beridze, governor of the National Bank of Armenia, spoke first.", false)]
    public void NamesHolderOf_ATitledOrAgedHolder_NamesIt(string question, string[] names, string sentence, bool expected) =>
        Assert.Equal(expected, RoleQuestion.NamesHolderOf(sentence, RoleQuestion.Roles(question)!, names));

    // A union or an agency is led by its secretary-general, director-general or director, named with an age between.
    [Theory]
    [InlineData("\"We will not go back,\" Rosa Quispe Mamani, 44, secretary-general of SUTMA, told reporters at the mine gate.")]
    [InlineData("The agency's director-general, Prof. Amina Diallo, said the figures were final.")]
    [InlineData("Dr Evadne Blackwood, director of the Meteorological Service of Jamaica (MSJ), said the season had been costly.")]
    public void NamesHolder_ASecretaryGeneralOrDirectorGeneral_HeadsIt(string sentence) =>
        Assert.True(RoleQuestion.NamesHolder(sentence, RoleQuestion.Roles("Who leads the union at the Antapampa mine?")!));

    [Theory]
    // The role without a name, or a name without the role.
    [InlineData("The chief executive said the results were strong.")]
    [InlineData("Retail analyst Simon Okoro said Tallis & Crane had bucked the trend.")]
    // A holder before: "from long-serving boss", "former chairman".
    [InlineData("Ms Draycott, who took over in January from long-serving boss Sir Alan Pryce, said the bank had tightened its rules.")]
    [InlineData("Former chairman John Hale said the board had been wrong.")]
    // A head of a department.
    [InlineData("Her predecessor, Kabo Seitshiro, now head of community relations at Kgalagadi Copper Ltd (KCL), told this newspaper the company was open to talks.")]
    [InlineData("Elin Morgan, director of communications at Harwick Foods, said the plant would stay open.")]
    [InlineData("HMRC assistant director Tom Bradshaw said: \"Prentice stole from the public purse.\"")]
    // The end of the body a post is of is no person: "Trading Company".
    [InlineData("The company also said chief financial officer Thato Dikgang, 41, would leave to become chief executive of the Serowe Diamond Trading Company (SDTC).")]
    public void NamesHolder_NoHolderNamed_IsFalse(string sentence) =>
        Assert.False(RoleQuestion.NamesHolder(sentence, RoleQuestion.Roles("Who is the boss of Harwick Foods?")!));

    [Theory]
    [InlineData("Director Marisol Keane said she had never expected the film to travel so widely.", true)]
    [InlineData("The film, directed by Marisol Keane, follows a lonely fox.", true)]
    [InlineData("The film follows a lonely fox who befriends a night bus driver.", false)]
    [InlineData("The film is the first feature from director Sue Bramwell.", true)]
    public void NamesHolder_ADeedsDoer_IsTheHolderOfItsPost(string sentence, bool expected) =>
        Assert.Equal(expected, RoleQuestion.NamesHolder(sentence, RoleQuestion.Roles("Who directed the fox film?")!));

    [Fact]
    public void NamesHolder_ANameBeforeADeedDoneToIt_IsNotItsDoer() =>
        // "Riverside Park, is owned by the city council": the park is owned, and it owns nothing.
        Assert.False(RoleQuestion.NamesHolder("The club's stadium, Riverside Park, is owned by the city council.", RoleQuestion.Roles("Who owns Riverside United's stadium?")!));
}
