import { authenticate, LOGIN_FAILED_MESSAGE, tooManyAttemptsMessage } from "@/lib/auth/authenticate";
import { clientAddress } from "@/lib/auth/client-address";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonError, readJson } from "@/lib/http";
import { guardWrite } from "@/lib/security/request-guard";
import { zodFieldErrors } from "@/lib/form-state";
import { loginSchema } from "@/lib/schemas/user";

export const dynamic = "force-dynamic";

/**
 * POST /api/session {email, password} — logs a script in: sets the same httpOnly
 * session cookie as the login page (keep it with `curl -c`/`-b`). Same checks, same
 * slowdown after failures, same answer for every failure.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    // JSON only: a cross-site HTML form can send text/plain without a preflight
    guardWrite(request, { accept: ["application/json"] });
    const parsed = loginSchema
      .omit({ next: true })
      .safeParse(await readJson(request, '{"email": "…", "password": "…"}'));
    if (!parsed.success) throw new AppError("invalid_input", "Check the fields named.", zodFieldErrors(parsed.error));
    const result = await authenticate(parsed.data.email, parsed.data.password, {
      address: clientAddress(request.headers),
    });
    if (!result.ok && result.reason === "too_many") {
      const response = jsonError("too_many", tooManyAttemptsMessage(result.retryAfterMs), 429);
      response.headers.set("retry-after", String(Math.ceil(result.retryAfterMs / 1000)));
      return response;
    }
    if (!result.ok) return jsonError("unauthorized", LOGIN_FAILED_MESSAGE, 401);
    await startSession(result.user.id);
    return Response.json({ user: { email: result.user.email, role: result.user.role } });
  } catch (error) {
    return errorResponse(error);
  }
}

/** DELETE /api/session — logs out: the session row is deleted and the cookie cleared. */
export async function DELETE(request: Request): Promise<Response> {
  try {
    guardWrite(request);
    await endSession();
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
