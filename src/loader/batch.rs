//! Loads that overlap finish together. A first switch to a language fetches
//! the site file and the page's file at once; were each shown as it arrived,
//! the new language's header would frame the old language's page (and title)
//! until the second file came. A file already here waits for the batch its
//! change started, too: a language whose site file came with an earlier page
//! must not show its header around the old page either. While loads are
//! pending the document says it is busy.

use std::cell::RefCell;
use std::future::{poll_fn, Future};
use std::task::{Poll, Waker};

#[derive(Default)]
struct Batch {
    /// Loads still fetching.
    pending: usize,
    /// Counts the batches that have finished, so a load waiting for one is
    /// not held back by the next.
    finished: u64,
    waiting: Vec<Waker>,
}

thread_local! {
    static BATCH: RefCell<Batch> = RefCell::default();
}

/// A load that is fetching. Dropped with its load, too (a resource drops
/// a load it no longer needs), so a batch never waits for it in vain.
pub struct Member {
    batch: u64,
    fetching: bool,
}

/// A load starts fetching: it joins the batch under way, or starts one.
pub fn join() -> Member {
    BATCH.with_borrow_mut(|batch| {
        if batch.pending == 0 {
            mark_document_busy(true);
        }
        batch.pending += 1;
        Member {
            batch: batch.finished,
            fetching: true,
        }
    })
}

/// A load whose file is already here: shown with the loads the same change
/// started, if any of them fetches. Those start in the same turn of the
/// executor, so it lets that turn run first.
pub async fn settle() {
    leptos::task::tick().await;
    after_pending().await;
}

/// Waits until the batch under way, if there is one, has finished.
fn after_pending() -> impl Future<Output = ()> {
    let under_way = BATCH.with_borrow(|batch| (batch.pending > 0).then_some(batch.finished));
    async move {
        if let Some(batch) = under_way {
            finished(batch).await;
        }
    }
}

/// Waits until batch number `number` has finished.
async fn finished(number: u64) {
    poll_fn(|context| {
        BATCH.with_borrow_mut(|batch| {
            if batch.finished > number {
                Poll::Ready(())
            } else {
                batch.waiting.push(context.waker().clone());
                Poll::Pending
            }
        })
    })
    .await;
}

impl Member {
    /// This load has its result: waits until every load of its batch has.
    pub async fn finished(mut self) {
        self.leave();
        finished(self.batch).await;
    }

    fn leave(&mut self) {
        if !std::mem::take(&mut self.fetching) {
            return;
        }
        let wake = BATCH.with_borrow_mut(|batch| {
            batch.pending -= 1;
            if batch.pending > 0 {
                return Vec::new();
            }
            batch.finished += 1;
            mark_document_busy(false);
            std::mem::take(&mut batch.waiting)
        });
        wake.into_iter().for_each(Waker::wake);
    }
}

impl Drop for Member {
    fn drop(&mut self) {
        self.leave();
    }
}

/// `aria-busy` on the root element while any content loads: assistive
/// technology waits for the update, and the stylesheet shows a progress bar.
fn mark_document_busy(busy: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = if busy {
            root.set_attribute("aria-busy", "true")
        } else {
            root.remove_attribute("aria-busy")
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = busy;
}

#[cfg(test)]
mod tests {
    use std::future::Future;
    use std::pin::{pin, Pin};
    use std::task::{Context, Poll, Waker};

    use super::{after_pending, join};

    fn poll(future: Pin<&mut impl Future<Output = ()>>) -> Poll<()> {
        future.poll(&mut Context::from_waker(Waker::noop()))
    }

    #[test]
    fn overlapping_loads_finish_together() {
        let (site, page) = (join(), join());
        let mut site_done = pin!(site.finished());
        assert!(poll(site_done.as_mut()).is_pending());
        let mut page_done = pin!(page.finished());
        assert!(poll(page_done.as_mut()).is_ready());
        assert!(poll(site_done.as_mut()).is_ready());
    }

    #[test]
    fn a_load_dropped_unfinished_holds_nobody_back() {
        let (site, page) = (join(), join());
        let mut site_done = pin!(site.finished());
        assert!(poll(site_done.as_mut()).is_pending());
        drop(page);
        assert!(poll(site_done.as_mut()).is_ready());
    }

    #[test]
    fn a_file_already_here_waits_for_the_batch_under_way() {
        let page = join();
        let mut here = pin!(after_pending());
        assert!(poll(here.as_mut()).is_pending());
        let mut page_done = pin!(page.finished());
        assert!(poll(page_done.as_mut()).is_ready());
        assert!(poll(here.as_mut()).is_ready());
    }

    #[test]
    fn a_file_already_here_waits_for_nothing_when_nothing_fetches() {
        assert!(poll(pin!(after_pending())).is_ready());
    }

    #[test]
    fn a_finished_batch_does_not_wait_for_the_next() {
        let (site, page) = (join(), join());
        let mut site_done = pin!(site.finished());
        assert!(poll(site_done.as_mut()).is_pending());
        let mut page_done = pin!(page.finished());
        assert!(poll(page_done.as_mut()).is_ready());
        let next = join();
        assert!(poll(site_done.as_mut()).is_ready());
        let mut next_done = pin!(next.finished());
        assert!(poll(next_done.as_mut()).is_ready());
    }
}
