/**
 * A small promise wrapper over IndexedDB, where the area's own data is kept in the browser
 * across reloads. Nothing here is ever sent anywhere.
 */
const DB = 'send-oversight';
const STORE = 'workspace';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest): Promise<T> {
	return open().then(
		(db) =>
			new Promise<T>((resolve, reject) => {
				const transaction = db.transaction(STORE, mode);
				const request = work(transaction.objectStore(STORE));
				transaction.oncomplete = () => resolve(request.result as T);
				transaction.onerror = () => reject(transaction.error);
				transaction.onabort = () => reject(transaction.error);
			})
	);
}

export const idbGet = <T>(key: string) => run<T | undefined>('readonly', (s) => s.get(key));
export const idbSet = (key: string, value: unknown) =>
	run<IDBValidKey>('readwrite', (s) => s.put(value, key));
export const idbDelete = (key: string) => run<undefined>('readwrite', (s) => s.delete(key));
/**
 * Several values in one transaction, and keys removed in the same one: all of it happens, or
 * (if any write fails) none of it.
 */
export const idbSetMany = (entries: [key: string, value: unknown][], remove: string[] = []) =>
	run<unknown>('readwrite', (s) => {
		let last: IDBRequest | undefined;
		for (const [key, value] of entries) last = s.put(value, key);
		for (const key of remove) last = s.delete(key);
		return last ?? s.count();
	});
