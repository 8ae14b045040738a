import { useParams } from 'react-router';
import { CounterDesk } from '../components/queue/CounterDesk.js';
import { CounterPicker } from '../components/queue/CounterPicker.js';

/** /console/loket: choose and open a counter; /console/loket/:counterId: work at it. */
export function CounterPage() {
  const { counterId } = useParams();
  return counterId ? <CounterDesk key={counterId} counterId={counterId} /> : <CounterPicker />;
}
