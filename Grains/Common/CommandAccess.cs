using AfterSales.GrainInterfaces.Access;

namespace AfterSales.Grains.Common;

/// <summary>
/// How a grain's commands are put to the <see cref="AccessPolicy"/>: the enum of its operations (each command names its
/// member, <see cref="CommandOperation"/>) and whom the object belongs to, from the state before the command or, for an
/// object not yet created, from the request.
/// </summary>
public sealed record CommandAccess<TState>(Type Operations, Func<TState, CommandRequest, Owner> OwnerOf)
{
    public static CommandAccess<TState> Of<TOperation>(Func<TState, CommandRequest, Owner> ownerOf)
        where TOperation : struct, Enum => new(typeof(TOperation), ownerOf);

    /// <summary>Objects with no owner among the callers: the role alone decides.</summary>
    public static CommandAccess<TState> ByRole<TOperation>()
        where TOperation : struct, Enum => new(typeof(TOperation), (_, _) => Owner.Nobody);

    public void Require(TState state, CommandRequest request)
    {
        var operation = request.Operation.Command;
        if (operation.GetType() != Operations)
        {
            throw new InvalidOperationException($"A command {operation.GetType().Name}.{operation} is not one of this grain's {Operations.Name}.");
        }

        AccessPolicy.Require(request.By, operation, () => OwnerOf(state, request));
    }
}
