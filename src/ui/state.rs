//! Yew's side of the reducer: the pure [`Session::apply`] does the work; an
//! action that changes nothing returns the same `Rc`, so Yew skips the
//! render.

use crate::session::{Action, Session};
use std::rc::Rc;
use yew::Reducible;

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}
