import { StudioLoader } from '@/components/studio/studio-loader';

export default function Home() {
  return <StudioLoader />;
}
