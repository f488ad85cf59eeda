// The operator's API key for the services' HTTP APIs, when access control is on
// (README "Security model"): DEMARCHE_API_KEY, sent as a Bearer token.
export function withApiKey(headers = {}, env = process.env) {
  const key = env.DEMARCHE_API_KEY?.trim();
  return key ? { ...headers, authorization: `Bearer ${key}` } : headers;
}
