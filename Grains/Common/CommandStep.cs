namespace AfterSales.Grains.Common;

/// <summary>The steps of a command in the <see cref="CommandPipeline{TState}"/>, in order.</summary>
public enum CommandStep
{
    /// <summary>The idempotency key looked up: a repeated request gets its first answer.</summary>
    Idempotency,

    /// <summary>The rule: who may act, the input, and the new state computed on a draft.</summary>
    Rule,

    /// <summary>The change recorded in the draft's history (R-TKT-12).</summary>
    History,

    /// <summary>The draft written; only then is it the activation's state.</summary>
    Write,

    /// <summary>After the write: what the others must learn (read models, alerts, the customer) is handed on.</summary>
    Outbox,
}
