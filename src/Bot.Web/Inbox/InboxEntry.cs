namespace Bot.Web.Inbox;

/// <summary>Something found in the inbox: a file to ingest, or an entry to refuse and why.</summary>
/// <param name="Path">Where it is on disk.</param>
/// <param name="Id">The article id it would have: its path relative to the inbox (or to <c>processed/</c>).</param>
/// <param name="Length">Its size, watched with <paramref name="Written"/> to tell when writing has stopped.</param>
/// <param name="Written">Its last-write time (UTC).</param>
/// <param name="Refusal">Why it is never ingested (a link, a pipe, an empty file); null for a file to ingest.</param>
/// <param name="ChangedAfterIndexing">A processed file that changed after it was indexed (its writer had only paused).</param>
public sealed record InboxEntry(string Path, string Id, long Length, DateTime Written, string? Refusal, bool ChangedAfterIndexing = false);
