namespace Bot.Core.Conversation.Intents;

/// <summary>The routed intent, how sure the router was, and the citation number a show-source request names.</summary>
/// <param name="Intent">The intent to act on (already <see cref="Intent.Question"/> when the fallback applied).</param>
/// <param name="Confidence">The classifier's highest class probability; 1 for a rule match, 0 when no word was known.</param>
/// <param name="IsFallback">Whether the classifier was too unsure and the message was routed as a question.</param>
/// <param name="SourceNumber">The <c>[n]</c> a show-source request refers to, when it names one.</param>
/// <param name="Fields">For a show-source request about the article itself ("which outlet?"), the facts it asks for.</param>
/// <param name="Topic">For such a request about an article named by its subject ("the Iran article"), that subject.</param>
public sealed record IntentPrediction(Intent Intent, double Confidence, bool IsFallback, int? SourceNumber = null, ArticleFields Fields = ArticleFields.None, string? Topic = null);
