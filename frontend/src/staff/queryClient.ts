import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { mayRetry, READ_RETRIES } from "../api/problem";
import { followEnrolmentRequirement, followPasswordChangeRequirement } from "../auth/enrolment";

/** The staff application's query cache: reads retried as the public pages' are, writes never. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    followEnrolmentRequirement(queryClient, error);
    followPasswordChangeRequirement(queryClient, error);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < READ_RETRIES && mayRetry(error),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
