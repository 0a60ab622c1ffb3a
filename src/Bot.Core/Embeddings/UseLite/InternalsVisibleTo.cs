using System.Runtime.CompilerServices;

// The tests force each matrix-multiply kernel in turn (UseLiteEncoder's internal constructor), because the
// encoder otherwise only runs the best one this CPU supports.
[assembly: InternalsVisibleTo("Bot.Core.Tests")]
